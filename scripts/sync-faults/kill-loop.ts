import type { Random } from '../crash/random';
import type { HubControl } from './hub-control';
import type { Ledger } from './ledger';
import type { Machine } from './machines';

const TEXT =
  'Rents rose 14 percent in two years, the housing board said. Vacancies fell to 2 percent last spring. ' +
  'The mayor promised 5,000 new homes by 2030. Builders filed 312 permits in March.';
const SPANS: [number, number][] = [
  [0, 33],
  [60, 84],
  [101, 140],
  [142, 175],
];

export interface LoopFigures {
  kills: number;
  hubKills: number;
  hubStops: number;
  restartProblems: string[];
}

let sequence = 0;

/** Writes through A's API, one after another, recording each acknowledgement, until A is killed. */
async function writeUntilKilled(machine: Machine, ledger: Ledger, random: Random): Promise<void> {
  const api = machine.api;
  for (;;) {
    try {
      const claims = [...ledger.claims.entries()];
      const articles = [...ledger.articles];
      const roll = random.float();
      if (articles.length === 0 || roll < 0.05) {
        const article = await api.call('articles.create', { title: `Article ${++sequence}`, text: TEXT });
        ledger.noteArticle(article.id);
      } else if (claims.length < 3 || roll < 0.3) {
        const articleId = random.pick(articles);
        const [start, end] = random.pick(SPANS);
        const claim = await api.call('claims.create', { articleId, start, end });
        ledger.noteClaim(articleId, claim.id);
      } else {
        const [claimId] = random.pick(claims);
        const n = ++sequence;
        await api.call('claims.update', { claimId, notes: `w${n}` });
        ledger.noteNotes(claimId, n);
      }
    } catch {
      return; // the process was killed under the write: not acknowledged
    }
  }
}

/**
 * One life of machine A: started, writing, SIGKILLed at a random moment (often mid-write, sometimes
 * mid-start or mid-replication), and started again; then every acknowledged write must be on A.
 * Every few lives the hub is killed or stopped too, while A writes and replicates.
 */
export async function life(
  machine: Machine,
  hub: HubControl,
  ledger: Ledger,
  random: Random,
  figures: LoopFigures,
): Promise<void> {
  if (!machine.serving) await machine.start();
  const writing = writeUntilKilled(machine, ledger, random);
  await new Promise((resolve) => setTimeout(resolve, random.int(30, 900)));
  const hubFault = figures.kills % 9 === 4 ? 'kill' : figures.kills % 9 === 7 ? 'stop' : undefined;
  if (hubFault === 'kill') {
    await hub.kill();
    figures.hubKills++;
  } else if (hubFault === 'stop') {
    await hub.stop();
    figures.hubStops++;
  }
  await machine.kill();
  figures.kills++;
  await writing;
  if (hubFault) await hub.start();
  await machine.start();
  const problems = ledger.missing(await machine.articles());
  for (const problem of problems) figures.restartProblems.push(`after kill ${figures.kills}: ${problem}`);
}
