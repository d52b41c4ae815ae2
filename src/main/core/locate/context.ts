import type { LocateOptions } from '../../../shared/locate';
import type { LocatorIndex } from './locator-index';
import { compactText } from './words';

/** Letters of context compared on each side: enough to tell repeated passages apart, cheap to compare. */
const CONTEXT_LETTERS = 40;
/** Raw characters of the given prefix or suffix read to find that many letters. */
const RAW_SPAN = CONTEXT_LETTERS * 4;
/** Extra document letters read beyond the context's length: a letter dropped from the context shifts it. */
const SPARE_LETTERS = 8;
/** Places compared letter by letter, at most; the rest are ranked first by the letter pairs they share. */
const CLOSELY_COMPARED = 64;

/** The excerpt's context, folded once per lookup: letters only, lower case, without accents. */
export interface Context {
  prefix: string;
  suffix: string;
}

export function foldContext(options: LocateOptions): Context {
  return {
    prefix: compactText((options.prefix ?? '').slice(-RAW_SPAN)).slice(-CONTEXT_LETTERS),
    suffix: compactText((options.suffix ?? '').slice(0, RAW_SPAN)).slice(0, CONTEXT_LETTERS),
  };
}

export const hasContext = (context: Context): boolean => context.prefix.length > 0 || context.suffix.length > 0;

/** The first document word starting at or after `offset`. */
function wordAt(index: LocatorIndex, offset: number): number {
  let [low, high] = [0, index.starts.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (index.starts[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The document's folded letters just before `start` and just after `end`, as long as the context's. */
function surroundings(index: LocatorIndex, start: number, end: number, context: Context): Context {
  const { ids, vocabulary } = index;
  let before = '';
  for (let k = wordAt(index, start) - 1; k >= 0 && before.length < context.prefix.length + SPARE_LETTERS; k--) {
    before = vocabulary[ids[k]!]! + before;
  }
  let after = '';
  for (let k = wordAt(index, end); k < ids.length && after.length < context.suffix.length + SPARE_LETTERS; k++) {
    after += vocabulary[ids[k]!]!;
  }
  const [wantBefore, wantAfter] = [context.prefix.length + SPARE_LETTERS, context.suffix.length + SPARE_LETTERS];
  return { prefix: before.slice(-wantBefore), suffix: after.slice(0, wantAfter) };
}

/**
 * Edits to make `pattern` out of the end of `text`, wherever in `text` it begins: the context must
 * be read whole, right up to the passage, but may start anywhere in the letters read before it.
 */
function distanceToEnd(pattern: string, text: string): number {
  let previous = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const same = pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + same);
    }
    previous = current;
  }
  return previous[text.length]!;
}

const reversed = (text: string): string => [...text].reverse().join('');

/**
 * How well the document around [start, end) agrees with the given prefix and suffix, 0–1: for each
 * side given, the share of its letters that need no edit, and the mean of the sides. Case, accents,
 * spaces and punctuation do not count.
 */
export function contextScore(index: LocatorIndex, start: number, end: number, context: Context): number {
  const around = surroundings(index, start, end, context);
  const sides: number[] = [];
  if (context.prefix) sides.push(1 - distanceToEnd(context.prefix, around.prefix) / context.prefix.length);
  if (context.suffix) {
    sides.push(1 - distanceToEnd(reversed(context.suffix), reversed(around.suffix)) / context.suffix.length);
  }
  return sides.length === 0 ? 0 : sides.reduce((a, b) => a + b, 0) / sides.length;
}

/** Two neighbouring UTF-16 units as one number. */
const pairAt = (text: string, i: number): number => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

function letterPairs(text: string): Set<number> {
  const pairs = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(pairAt(text, i));
  return pairs;
}

/**
 * The span whose surroundings agree best with the context (the first of equals). Where a short
 * excerpt occurs thousands of times, the places are first ranked by the letter pairs their
 * surroundings share with the context (which a typo barely changes), and only the best compared closely.
 */
export function bestByContext<T extends { start: number; end: number }>(
  index: LocatorIndex,
  spans: readonly T[],
  context: Context,
): T | undefined {
  let shortlist = spans.map((span, order) => ({ span, order }));
  if (shortlist.length > CLOSELY_COMPARED) {
    const [prefixPairs, suffixPairs] = [letterPairs(context.prefix), letterPairs(context.suffix)];
    const shared = (pairs: Set<number>, text: string): number => {
      let count = 0;
      for (let i = 0; i + 1 < text.length; i++) if (pairs.has(pairAt(text, i))) count++;
      return count;
    };
    const ranked = shortlist.map((entry) => {
      const around = surroundings(index, entry.span.start, entry.span.end, context);
      return { entry, rank: shared(prefixPairs, around.prefix) + shared(suffixPairs, around.suffix) };
    });
    ranked.sort((a, b) => b.rank - a.rank || a.entry.order - b.entry.order);
    shortlist = ranked.slice(0, CLOSELY_COMPARED).map(({ entry }) => entry);
    shortlist.sort((a, b) => a.order - b.order);
  }
  let best: T | undefined;
  let bestScore = -1;
  for (const { span } of shortlist) {
    const score = contextScore(index, span.start, span.end, context);
    if (score > bestScore) [best, bestScore] = [span, score];
  }
  return best;
}
