import { alignWords, type Alignment, type WordCosts } from './align';
import { contextScore, type Context } from './context';
import type { LocatorIndex } from './locator-index';
import { findCandidates } from './seeds';
import { substitutionCost } from './word-similarity';
import { isWordChar, splitWords } from './words';

export interface ApproximateMatch {
  start: number;
  end: number;
  /** 0–1: the share of the excerpt's words the passage has, typos counted in part. */
  similarity: number;
}

/** Below this similarity a passage is not trusted to be the excerpt's place. */
export const LEAST_SIMILARITY = 0.6;
/** From this many words on, the start, middle and end of the excerpt must each be found. */
const LONG_EXCERPT = 6;
/** Share of each third's words the passage must have. */
const LEAST_THIRD_COVERAGE = 0.5;
/**
 * Diagonals the alignment may stray beyond those its seeds agree on: words dropped or inserted
 * before the first seed or between seeds. Grows slowly with the excerpt's length.
 */
const bandPadding = (words: number): number => 4 + Math.ceil(Math.sqrt(words));

function wordCosts(index: LocatorIndex, words: readonly string[]): WordCosts {
  const { ids, vocabulary, numbers } = index;
  const size = vocabulary.length;
  // Costs are kept per (excerpt word, document word), so a word the excerpt repeats costs nothing more;
  // words the document lacks get numbers past its vocabulary.
  const unknown = new Map<string, number>();
  const keys = words.map((word) => {
    const known = numbers.get(word);
    if (known !== undefined) return known;
    if (!unknown.has(word)) unknown.set(word, size + unknown.size);
    return unknown.get(word)!;
  });
  const seen = new Map<number, number>();
  const joined = (whole: string, left: string, right: string): boolean =>
    whole.length === left.length + right.length && whole.startsWith(left) && whole.endsWith(right);
  return {
    substitute(i, p) {
      const key = keys[i]! * size + ids[p]!;
      let cost = seen.get(key);
      if (cost === undefined) {
        cost = substitutionCost(words[i]!, vocabulary[ids[p]!]!);
        seen.set(key, cost);
      }
      return cost;
    },
    joinsDocument: (i, p) => joined(words[i]!, vocabulary[ids[p]!]!, vocabulary[ids[p + 1]!]!),
    joinsExcerpt: (i, p) => joined(vocabulary[ids[p]!]!, words[i]!, words[i + 1]!),
  };
}

/** For long excerpts: does the passage have enough of the start, the middle and the end? */
function coversEveryThird(covered: readonly boolean[]): boolean {
  const m = covered.length;
  if (m < LONG_EXCERPT) return true;
  for (let third = 0; third < 3; third++) {
    const part = covered.slice(Math.round((third * m) / 3), Math.round(((third + 1) * m) / 3));
    if (part.filter(Boolean).length < part.length * LEAST_THIRD_COVERAGE) return false;
  }
  return true;
}

/** A passage with how well its surroundings agree with the prefix and suffix. */
type Scored = ApproximateMatch & { context: number };

const similarityOf = (alignment: Alignment, m: number): number =>
  Math.max(0, 1 - alignment.cost / Math.max(m, alignment.last - alignment.first + 1));

/**
 * The passage closest to the excerpt's words, found from seeds and scored by word alignment; null
 * when none is close enough all along its length. Ties go to the better context, then the earlier.
 */
export function findApproximate(index: LocatorIndex, quote: string, context: Context): ApproximateMatch | null {
  const { words } = splitWords(quote);
  const m = words.length;
  if (m === 0) return null;
  const excerpt = Int32Array.from(words, (word) => index.numbers.get(word) ?? -1);
  const costs = wordCosts(index, words);
  const slack = bandPadding(m);
  const n = index.ids.length;
  let best: Scored | null = null;
  for (const candidate of findCandidates(index, excerpt)) {
    const from = Math.max(0, candidate.from - slack);
    const to = Math.min(n, candidate.to + m + slack);
    const lowest = candidate.from - slack - from;
    const highest = candidate.to - 1 + slack - from;
    const alignment = alignWords({ excerptLength: m, from, to, lowest, highest }, costs);
    if (!alignment || !coversEveryThird(alignment.covered)) continue;
    const similarity = similarityOf(alignment, m);
    if (similarity < LEAST_SIMILARITY) continue;
    const [start, end] = withEdgePunctuation(
      index.text,
      quote,
      index.starts[alignment.first]!,
      index.ends[alignment.last]!,
    );
    const found = { start, end, similarity, context: contextScore(index, start, end, context) };
    if (!best || isBetter(found, best)) best = found;
  }
  return best && { start: best.start, end: best.end, similarity: best.similarity };
}

const isBetter = (a: Scored, b: Scored): boolean =>
  a.similarity !== b.similarity
    ? a.similarity > b.similarity
    : a.context !== b.context
      ? a.context > b.context
      : a.start < b.start;

/** Punctuation or a symbol; never half of a surrogate pair, which would split a character. */
function isMark(char: string): boolean {
  const code = char.charCodeAt(0);
  return char.length > 0 && (code < 0xd800 || code > 0xdfff) && !isWordChar(char) && !/\s/.test(char);
}

/**
 * Words are matched, but a quote that opens or closes with punctuation (quotation marks, a full stop)
 * should take in the document's own marks there too.
 */
function withEdgePunctuation(text: string, quote: string, start: number, end: number): [number, number] {
  let leading = 0;
  while (leading < quote.length && isMark(quote.charAt(leading))) leading++;
  let trailing = 0;
  while (trailing < quote.length && isMark(quote.charAt(quote.length - 1 - trailing))) trailing++;
  let from = start;
  while (leading-- > 0 && from > 0 && isMark(text.charAt(from - 1))) from--;
  let to = end;
  while (trailing-- > 0 && to < text.length && isMark(text.charAt(to))) to++;
  return [from, to];
}
