import { foldWord, scanWords } from './words';

/**
 * A document's words, built once per text and reused for every excerpt looked up in it: each word
 * as a number (the same folded word, the same number), its place in the text, and for each number
 * the positions where it occurs.
 */
export interface LocatorIndex {
  readonly text: string;
  /** The word number of each document word, in order. */
  readonly ids: Int32Array;
  /** UTF-16 offsets where each document word starts and ends. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Word number → folded word. */
  readonly vocabulary: readonly string[];
  /** Folded word → word number. */
  readonly numbers: ReadonlyMap<string, number>;
  /**
   * Positions of word number w: `positions[firstPosition[w] … firstPosition[w + 1])`, ordered by the
   * number of the word that follows (the last word of the text, followed by none, last), then by
   * position: so the places of a word pair are one stretch, found by binary search.
   */
  readonly firstPosition: Int32Array;
  readonly positions: Int32Array;
}

/** Grows a typed array by doubling, so that a long document is not pushed into plain arrays. */
function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export function buildLocatorIndex(text: string): LocatorIndex {
  const numbers = new Map<string, number>();
  // Most words recur in the same spelling: their number is found without folding them again.
  const bySpelling = new Map<string, number>();
  const vocabulary: string[] = [];
  let capacity = Math.max(16, text.length >> 3);
  let [ids, starts, ends] = [new Int32Array(capacity), new Int32Array(capacity), new Int32Array(capacity)];
  let count = 0;
  scanWords(text, (start, end) => {
    const spelling = text.slice(start, end);
    let id = bySpelling.get(spelling);
    if (id === undefined) {
      const folded = foldWord(spelling);
      id = numbers.get(folded);
      if (id === undefined) {
        id = vocabulary.length;
        numbers.set(folded, id);
        vocabulary.push(folded);
      }
      bySpelling.set(spelling, id);
    }
    if (count === capacity) {
      [ids, starts, ends] = [grown(ids), grown(starts), grown(ends)];
      capacity *= 2;
    }
    [ids[count], starts[count], ends[count]] = [id, start, end];
    count++;
  });
  [ids, starts, ends] = [ids.slice(0, count), starts.slice(0, count), ends.slice(0, count)];
  const { firstPosition, positions } = sortByWordPairs(ids, vocabulary.length);
  return { text, ids, starts, ends, vocabulary, numbers, firstPosition, positions };
}

/**
 * Positions ordered by (word, next word, position): two stable counting sorts, by the next word and
 * then by the word (least significant first), in time linear in the words and the vocabulary.
 */
function sortByWordPairs(ids: Int32Array, size: number): { firstPosition: Int32Array; positions: Int32Array } {
  const count = ids.length;
  // Pass 1: by the next word (the last word, followed by none, gets key `size`).
  const nextStart = new Int32Array(size + 2);
  for (let p = 0; p < count; p++) nextStart[(p + 1 < count ? ids[p + 1]! : size) + 1]!++;
  for (let k = 0; k <= size; k++) nextStart[k + 1]! += nextStart[k]!;
  const byNext = new Int32Array(count);
  for (let p = 0; p < count; p++) byNext[nextStart[p + 1 < count ? ids[p + 1]! : size]!++] = p;
  // Pass 2, stable: by the word itself.
  const firstPosition = new Int32Array(size + 1);
  for (let p = 0; p < count; p++) firstPosition[ids[p]! + 1]!++;
  for (let w = 0; w < size; w++) firstPosition[w + 1]! += firstPosition[w]!;
  const place = firstPosition.slice(0, size);
  const positions = new Int32Array(count);
  for (const p of byNext) positions[place[ids[p]!]!++] = p;
  return { firstPosition, positions };
}

/** Where the pair (word `left`, then word `right`) occurs: a stretch of `positions`, as [from, to). */
export function pairStretch(index: LocatorIndex, left: number, right: number): [number, number] {
  const { ids, positions, firstPosition } = index;
  const nextOf = (k: number): number => {
    const p = positions[k]!;
    return p + 1 < ids.length ? ids[p + 1]! : index.vocabulary.length;
  };
  const lowerBound = (target: number): number => {
    let [low, high] = [firstPosition[left]!, firstPosition[left + 1]!];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (nextOf(middle) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return [lowerBound(right), lowerBound(right + 1)];
}

/** How many times word number `id` occurs in the document (0 for a word it does not have). */
export function frequency(index: LocatorIndex, id: number): number {
  return id < 0 || id >= index.vocabulary.length ? 0 : index.firstPosition[id + 1]! - index.firstPosition[id]!;
}
