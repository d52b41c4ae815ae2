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
  /** Positions of word number w: `positions[firstPosition[w] … firstPosition[w + 1])`, ascending. */
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
  // Counting sort of positions by word number: one pass to count, one to place.
  const firstPosition = new Int32Array(vocabulary.length + 1);
  for (const id of ids) firstPosition[id + 1]!++;
  for (let w = 0; w < vocabulary.length; w++) firstPosition[w + 1]! += firstPosition[w]!;
  const next = firstPosition.slice(0, vocabulary.length);
  const positions = new Int32Array(count);
  for (let i = 0; i < count; i++) positions[next[ids[i]!]!++] = i;
  return { text, ids, starts, ends, vocabulary, numbers, firstPosition, positions };
}

/** How many times word number `id` occurs in the document (0 for a word it does not have). */
export function frequency(index: LocatorIndex, id: number): number {
  return id < 0 || id >= index.vocabulary.length ? 0 : index.firstPosition[id + 1]! - index.firstPosition[id]!;
}
