import { performance } from 'node:perf_hooks';
import { CANDIDATE_DEPTH, matchClaim } from '../../src/main/core/matching/match-claim';
import { analyze, queryTerms } from '../../src/main/core/matching/analyze';
import { buildMatchIndex, retrieve } from '../../src/main/core/matching/match-index';
import { plainBm25 } from './baseline';
import { DATASET_DIR, datasetPresent, loadClaims, loadQueries, type Query } from './dataset';
import { averagePrecisionAt, mean, precisionAt1 } from './metrics';

/**
 * `npm run eval:match [-- --train] [-- --errors]`: "have we checked this before?" on CLEF-2021
 * CheckThat! Task 2A (English): each dev tweet against the 13,825 verified claims, MAP@5 (the task's
 * official measure), MAP@1, MAP@3 and P@1, for plain BM25 (the organisers' baseline) and the matcher.
 */
if (!datasetPresent()) {
  console.log(`eval:match skipped: the dataset is not at ${DATASET_DIR} (see docs/past-fact-checks.md).`);
  process.exit(0);
}
const claims = loadClaims();
const splits: ('train' | 'dev')[] = process.argv.includes('--train') ? ['train', 'dev'] : ['dev'];
let started = performance.now();
const index = buildMatchIndex(claims);
console.log(
  `Indexed ${claims.length.toLocaleString('en-US')} verified claims in ${Math.round(performance.now() - started)} ms.\n`,
);
const baseline = plainBm25(claims);

type Ranker = (query: Query) => string[];
const rankers: [string, Ranker][] = [
  ['plain BM25 (claim + title)', (q) => baseline(q.text, 5)],
  [
    'matcher, first stage only',
    (q) => retrieve(index, queryTerms(analyze(q.text)), 5).map((h) => index.entries[h.n]!.id),
  ],
  ['matcher (re-ranked)', (q) => matchClaim(index, q.text, { top: 5 }).map((m) => m.id)],
];

const pad = (x: number): string => x.toFixed(4).padStart(7);
for (const split of splits) {
  const queries = loadQueries(split);
  console.log(`${split} queries: ${queries.length}`);
  console.log('ranking                         MAP@1   MAP@3   MAP@5     P@1   ms/query');
  for (const [name, rank] of rankers) {
    started = performance.now();
    const rankings = queries.map(rank);
    const ms = (performance.now() - started) / queries.length;
    const at = (k: number): number => mean(queries.map((q, i) => averagePrecisionAt(rankings[i]!, q.relevant, k)));
    const p1 = mean(queries.map((q, i) => precisionAt1(rankings[i]!, q.relevant)));
    console.log(`${name.padEnd(30)}${pad(at(1))} ${pad(at(3))} ${pad(at(5))} ${pad(p1)} ${ms.toFixed(1).padStart(10)}`);
  }
  const recall = mean(
    queries.map((q) => {
      const ids = retrieve(index, queryTerms(analyze(q.text)), CANDIDATE_DEPTH).map((h) => index.entries[h.n]!.id);
      return ids.some((id) => q.relevant.has(id)) ? 1 : 0;
    }),
  );
  console.log(`first-stage recall@${CANDIDATE_DEPTH}: ${recall.toFixed(4)}\n`);
}
