import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CrashLoop } from './crash-loop';
import { failed, formatFigures, newFigures } from './figures';

/**
 * `npm run test:crash -- [--kills N] [--seed S]`: runs the core in a child process doing random
 * writes through `dispatch`, kills it with SIGKILL at random moments (many while a write is in
 * flight), restarts it on the same data folder, and checks the files after every kill: each parses
 * and validates, none was moved aside as damaged, and every acknowledged write is there. Exits 1 on
 * any corrupt file, lost write, list mismatch, refused operation or failed start.
 */
const { values } = parseArgs({ options: { kills: { type: 'string', default: '60' }, seed: { type: 'string' } } });
const kills = Number(values.kills);
const seed = values.seed === undefined ? Math.floor(Math.random() * 1_000_000) : Number(values.seed);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run test:crash -- [--kills N] [--seed S]');
  process.exit(2);
}

const dir = await mkdtemp(join(tmpdir(), 'factcheck-crash-'));
console.log(`Crash test: ${kills} kills, seed ${seed} (--seed ${seed} replays it), data folder ${dir}`);
const figures = newFigures();
const began = performance.now();
const loop = new CrashLoop(dir, seed, figures);
for (let i = 0; i < kills && (await loop.life()); i++) {
  if ((i + 1) % 50 === 0) console.log(`  ${i + 1} kills…`);
}
if (figures.failedStarts.length === 0) await loop.closeProperly();
figures.durationMs = performance.now() - began;
console.log(formatFigures(figures));
if (failed(figures)) {
  console.log(`\nFAILED. The data folder is kept for inspection: ${dir}`);
  process.exit(1);
}
await rm(dir, { recursive: true, force: true });
console.log('\nPassed: no corrupt file, no lost acknowledged write.');
