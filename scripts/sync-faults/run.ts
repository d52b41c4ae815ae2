import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isBuilt } from '../../src/main/sync-tests/processes';
import { Random } from '../crash/random';
import { garbageHub, wrongPassword } from './refusals';
import { HubControl } from './hub-control';
import { life, type LoopFigures } from './kill-loop';
import { Ledger } from './ledger';
import { folder, Machine, settle } from './machines';

/**
 * `npm run test:sync-faults -- [--kills N] [--seed S]`: two `factcheck serve` machines syncing
 * through a `factcheck hub` process. Machine A writes and is SIGKILLed at random moments (N times,
 * 12 by default, 100 or more for the full run); every few kills the hub is killed or stopped in the
 * middle of replication too. After each restart every acknowledged write must be on A; at the end,
 * on B as well. Then a wrong password (an error in words, nothing lost) and a server answering
 * garbage (an error, the data folder untouched). Exits 1 on any failure.
 */
const { values } = parseArgs({ options: { kills: { type: 'string', default: '12' }, seed: { type: 'string' } } });
const kills = Number(values.kills);
const seed = values.seed === undefined ? Math.floor(Math.random() * 1_000_000) : Number(values.seed);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run test:sync-faults -- [--kills N] [--seed S]');
  process.exit(2);
}
if (!isBuilt()) {
  console.error('The command line is not built: run `npm run build` first.');
  process.exit(2);
}

const began = performance.now();
const random = new Random(seed);
const hub = new HubControl(await folder('hub'));
await hub.start();
const a = new Machine('A', await folder('a'), await hub.createDesk('alice'));
const b = new Machine('B', await folder('b'), await hub.createDesk('bob'));
console.log(`Sync faults: ${kills} kills of a syncing machine, seed ${seed} (--seed ${seed} replays the choices)`);
await b.start();
const ledger = new Ledger();
const figures: LoopFigures = { kills: 0, hubKills: 0, hubStops: 0, restartProblems: [] };
const failures: string[] = [];
try {
  for (let i = 0; i < kills; i++) {
    await life(a, hub, ledger, random, figures);
    if ((i + 1) % 25 === 0) console.log(`  ${i + 1} kills…`);
  }
  failures.push(...figures.restartProblems);
  const onA = await a.articles();
  const notes = new Map([...onA.values()].flatMap((article) => article.claims.map((c) => [c.id, c.notes] as const)));
  const unsynced = await settle(async () => ledger.missing(await b.articles(), notes), 120_000);
  failures.push(...unsynced.map((problem) => `on B after syncing: ${problem}`));
  const status = await settle(async () => {
    const now = await a.api.call('sync.status', {});
    return now.state === 'synced' && now.conflicts === 0
      ? []
      : [`A's sync is ${now.state} (${now.error ?? 'no error'})`];
  }, 60_000);
  failures.push(...status);
  failures.push(...(await wrongPassword(hub, b)));
  failures.push(...(await garbageHub()));
} finally {
  await a.stop();
  await b.stop();
  await hub.stop();
}

const seconds = ((performance.now() - began) / 1000).toFixed(0);
console.log(
  [
    `kills of machine A:       ${figures.kills}`,
    `hub killed / stopped:     ${figures.hubKills} / ${figures.hubStops}`,
    `acknowledged writes:      ${ledger.acked} (${ledger.articles.size} articles, ${ledger.claims.size} claims)`,
    `time:                     ${seconds} s`,
  ].join('\n'),
);
if (failures.length) {
  for (const machine of [a, b]) {
    const said = machine.lastOutput.trim();
    if (said) console.log(`\n${machine.name} wrote on stderr:\n${said.slice(-3000)}`);
  }
  console.log(
    `\nFAILED:\n${failures.map((f) => `  ${f}`).join('\n')}\nData folders kept: ${a.dir} ${b.dir} ${hub.dir}`,
  );
  process.exit(1);
}
for (const dir of [a.dir, b.dir, hub.dir]) await rm(dir, { recursive: true, force: true });
console.log('\nPassed: every acknowledged write survived every kill and reached the other machine.');
