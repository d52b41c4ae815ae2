import { performance } from 'node:perf_hooks';
import { buildLocatorIndex, locateIn, type LocatorIndex } from '../src/main/core/locate/locate';
import { generateDraft, random, type Rng } from './generate-draft';
import { measure, spread, type Report } from './harness';

/** Reading the text's words once: the floor for building any word index, measured in the same run. */
const WORD = /[\p{L}\p{N}]+/gu;
const readWords = (text: string): number => text.match(WORD)?.length ?? 0;

interface Query {
  excerpt: string;
  start: number;
}

/**
 * Quotes of 10–80 words from random places, each bent as a hurried copy would be: a typo, a word
 * dropped and a word changed, inside the quote.
 */
function bentQuotes(index: LocatorIndex, count: number, rng: Rng): Query[] {
  return Array.from({ length: count }, () => {
    const length = 10 + Math.floor(rng() * 70);
    const first = Math.floor(rng() * (index.ids.length - length));
    const start = index.starts[first]!;
    const words = index.text.slice(start, index.ends[first + length - 1]).split(/\s+/);
    const inside = (): number => 2 + Math.floor(rng() * (words.length - 4));
    const typo = inside();
    words[typo] = `${words[typo]!.slice(0, 1)}${words[typo]!.slice(2)}`;
    words.splice(inside(), 1);
    words[inside()] = 'marmalade';
    return { excerpt: words.join(' '), start };
  });
}

/** The 95th percentile of a set of timings. */
const p95 = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.ceil(times.length * 0.95) - 1]!;

/**
 * Approximate quote search over a 500-page document (about 250,000 words): the word index built
 * once, then each bent quote located in it, against a plain `indexOf` scan of the whole text for the
 * same quote (which finds nothing, as a bent quote is not there word for word).
 */
export function benchLocate(report: Report, quick: boolean): void {
  const words = quick ? 50_000 : 250_000;
  const label = `${words.toLocaleString('en-US')} words`;
  const text = generateDraft(words, 17);
  report.add({
    name: `locate: build the word index of ${label}`,
    unit: 'ms',
    ...measure(() => buildLocatorIndex(text), quick ? 2 : 7),
    baseline: { name: 'reading its words', ...pick(measure(() => readWords(text), quick ? 2 : 7)) },
  });
  const index = buildLocatorIndex(text);
  const queries = bentQuotes(index, quick ? 10 : 100, random(23));
  locateIn(index, queries[0]!.excerpt); // warm-up: the first lookup compiles the code
  const times: number[] = [];
  const scans: number[] = [];
  let misplaced = 0;
  for (const { excerpt, start } of queries) {
    let began = performance.now();
    const result = locateIn(index, excerpt);
    times.push(performance.now() - began);
    if (result.kind === null || Math.abs(result.start - start) > 16) misplaced++;
    began = performance.now();
    text.indexOf(excerpt);
    scans.push(performance.now() - began);
  }
  if (misplaced > 0) throw new Error(`locate: ${misplaced} of ${queries.length} bent quotes were not found in place.`);
  const found = spread(times);
  report.add({
    name: `locate: bent quote in ${label}, p95 per query`,
    unit: 'ms',
    median: p95(times),
    min: found.min,
    max: found.max,
    runs: found.runs,
    ...(quick ? {} : { target: 200 }),
    baseline: { name: 'an indexOf scan', ...pick(spread(scans)) },
    ofBaseline: p95(times) / spread(scans).median,
  });
}

const pick = ({ median, runs }: { median: number; runs: number }): { median: number; runs: number } => ({
  median,
  runs,
});
