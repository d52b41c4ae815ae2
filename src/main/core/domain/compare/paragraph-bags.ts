const WORD = /[\p{L}\p{N}]+/gu;
/** Pair ids are built from two word ids; word ids stay below this, so that no two pairs collide. */
const WORD_ID_LIMIT = 2 ** 26;
/** Below this, a pair's id is a small integer, which maps and sorts fastest; above, a larger one. */
const SMALL_WORD_IDS = 2 ** 15;

/** One number per pair of word ids, the same for the same pair and never shared by two. */
function pairKey(first: number, second: number): number {
  return first < SMALL_WORD_IDS && second < SMALL_WORD_IDS
    ? first * SMALL_WORD_IDS + second
    : 2 ** 30 + first * WORD_ID_LIMIT + second;
}

/**
 * A paragraph's words as multisets of interned ids, each sorted so that two bags are intersected by
 * one merge: `singles` (words) and `pairs` (neighbouring words: two unrelated paragraphs on the same
 * subject share few of them, so a paragraph is told apart from its neighbours).
 */
export interface Bag {
  singles: Int32Array;
  /** Each pair as one number (pairKey): no table of pairs is needed. */
  pairs: Float64Array;
  /** How many different words: short paragraphs are compared by single words. */
  distinct: number;
}

/** Makes bags for the paragraphs of one comparison: both texts share one numbering of words. */
export class BagMaker {
  private readonly words = new Map<string, number>();

  private wordId(word: string): number {
    let id = this.words.get(word);
    if (id === undefined) {
      id = this.words.size;
      if (id >= WORD_ID_LIMIT) throw new Error('Too many different words to compare.');
      this.words.set(word, id);
    }
    return id;
  }

  bag(text: string): Bag {
    const words = text.toLowerCase().match(WORD) ?? [];
    const ids = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) ids[i] = this.wordId(words[i]!);
    // A one-word paragraph is its own pair, as if paired with nothing.
    const pairs = new Float64Array(Math.max(ids.length - 1, ids.length === 1 ? 1 : 0));
    if (ids.length === 1) pairs[0] = pairKey(ids[0]!, WORD_ID_LIMIT - 1);
    for (let i = 1; i < ids.length; i++) pairs[i - 1] = pairKey(ids[i - 1]!, ids[i]!);
    const singles = ids.sort();
    let distinct = 0;
    for (let i = 0; i < singles.length; i++) if (i === 0 || singles[i] !== singles[i - 1]) distinct++;
    return { singles, pairs: pairs.sort(), distinct };
  }
}

/** How many items two sorted multisets share (each counted as often as the rarer side has it). */
export function overlap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

/** Dice coefficient of two sorted multisets: 1 for the same words, 0 for none in common. */
export function dice(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * overlap(a, b)) / total;
}

/** Paragraphs with fewer different words than this are compared by single words, not pairs. */
export const SHORT_PARAGRAPH_WORDS = 12;

/** Which of a bag's multisets a comparison with another bag uses. */
export function sharedSpace(a: Bag, b: Bag): 'singles' | 'pairs' {
  return Math.min(a.distinct, b.distinct) < SHORT_PARAGRAPH_WORDS ? 'singles' : 'pairs';
}

export function bagSimilarity(a: Bag, b: Bag): number {
  const space = sharedSpace(a, b);
  return dice(a[space], b[space]);
}
