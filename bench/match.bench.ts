import MiniSearch from 'minisearch';
import { performance } from 'node:perf_hooks';
import { matchClaim } from '../src/main/core/matching/match-claim';
import { buildMatchIndex, type MatchEntry } from '../src/main/core/matching/match-index';
import { random } from './generate-draft';
import type { Report } from './harness';

const SYLLABLES = 'ba ko ri mu sel tan dor vi lan pre ost qua em ur fi hal zen mo tra nik'.split(' ');
const NAMES =
  'Alvarez Brandt Chen Dubois Eriksen Farah Gupta Haddad Ivanova Jensen Kowalski Laine Moreau Nakamura'.split(' ');
const VERBS = 'said raised cut banned doubled closed opened approved denied funded'.split(' ');

/** Deterministic fact-checks: made-up words drawn with a long tail, names, numbers, years. */
function generateArchive(count: number, seed: number): MatchEntry[] {
  const rng = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  // 40,000 words, the first ones far more common than the last: the commonest in some 7% of entries.
  const vocabulary = Array.from({ length: 40_000 }, (_, i) => `${SYLLABLES[i % 20]}${SYLLABLES[(i * 7) % 20]}${i}`);
  const word = (): string => vocabulary[Math.floor(vocabulary.length * rng() ** 2)]!;
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 8 + Math.floor(rng() * 12) }, word);
    const number = Math.floor(rng() * 1_000_000).toLocaleString('en-US');
    return {
      id: `fc-${i}`,
      text: `${pick(NAMES)} ${pick(VERBS)} ${words.join(' ')} by ${number} in ${1990 + Math.floor(rng() * 35)}.`,
      title: `Did ${pick(NAMES)} ${pick(VERBS)} ${words.slice(0, 4).join(' ')}?`,
    };
  });
}

/** Claims that repeat an archive entry in other words: some words dropped, a hashtag and a link added. */
function generateClaims(archive: readonly MatchEntry[], count: number, seed: number): string[] {
  const rng = random(seed);
  return Array.from({ length: count }, () => {
    const words = archive[Math.floor(rng() * archive.length)]!.text.split(' ').filter(() => rng() > 0.3);
    return `${words.join(' ')} #MustRead https://t.co/${Math.floor(rng() * 1e6)}`;
  });
}

const percentile = (values: number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * p)]!;

/** Index 100,000 fact-checks, then match 2,000 claims one at a time; MiniSearch (BM25+) on the same data beside. */
export function benchMatch(report: Report, quick: boolean): void {
  const size = quick ? 10_000 : 100_000;
  const claims = quick ? 200 : 2_000;
  const archive = generateArchive(size, 2021);
  const queries = generateClaims(archive, claims, 7);
  const label = size.toLocaleString('en-US');

  let started = performance.now();
  const index = buildMatchIndex(archive);
  const indexMs = performance.now() - started;
  started = performance.now();
  const rival = new MiniSearch<MatchEntry>({ fields: ['text', 'title'] });
  rival.addAll(archive);
  const rivalIndexMs = performance.now() - started;
  const one = (ms: number) => ({ median: ms, min: ms, max: ms, runs: 1 });
  report.add({
    name: `match: index ${label} fact-checks`,
    unit: 'ms',
    ...one(indexMs),
    baseline: { name: 'MiniSearch', median: rivalIndexMs, runs: 1 },
    speedup: rivalIndexMs / indexMs,
  });

  const time = (work: (query: string) => unknown, count = queries.length): number[] =>
    queries.slice(0, count).map((query) => {
      const start = performance.now();
      work(query);
      return performance.now() - start;
    });
  matchClaim(index, queries[0]!);
  const ours = time((query) => matchClaim(index, query, { top: 5 }));
  // The baseline is slow at this size: its p95 is taken over the first tenth of the claims.
  const theirs = time((query) => rival.search(query, { combineWith: 'OR' }).slice(0, 5), claims / 10);
  const [p95, rivalP95] = [percentile(ours, 0.95), percentile(theirs, 0.95)];
  report.add({
    name: `match: one claim against ${label}, p95 of ${claims.toLocaleString('en-US')}`,
    unit: 'ms',
    median: p95,
    min: Math.min(...ours),
    max: Math.max(...ours),
    runs: ours.length,
    ...(quick ? {} : { target: 20 }),
    baseline: { name: 'MiniSearch search alone', median: rivalP95, runs: theirs.length },
    speedup: rivalP95 / p95,
  });
}
