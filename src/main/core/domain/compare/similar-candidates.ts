import { SHORT_PARAGRAPH_WORDS, type Bag } from './paragraph-bags';

type Space = 'singles' | 'pairs';

/** Occurrences of one item within a bag are told apart (a multiset read as a set). */
const OCCURRENCES = 2 ** 20;

/** The smallest overlap a set of `size` items needs with any other for their Dice to reach `threshold`. */
function minimumOverlap(size: number, threshold: number): number {
  return Math.max(1, Math.ceil((threshold * size) / (2 - threshold) - 1e-9));
}

/**
 * One space (single words or word pairs) of the index: every indexed bag's rarest items. Two bags
 * whose Dice reaches the threshold share at least one item among their first
 * `size - minimumOverlap + 1` items in any fixed order (prefix filtering, as in All-Pairs
 * similarity joins); ordering by rarity keeps those lists short.
 */
class SpaceIndex {
  /** Each item's place in the order rarest first (ties by value); an item no indexed bag has, none. */
  private readonly rank = new Map<number, number>();
  private readonly postings = new Map<number, number[]>();

  constructor(
    private readonly space: Space,
    bags: readonly Bag[],
    members: readonly number[],
    private readonly threshold: number,
  ) {
    const frequency = new Map<number, number>();
    for (const at of members) {
      const items = bags[at]![space];
      for (let i = 0; i < items.length; i++) {
        if (i === 0 || items[i] !== items[i - 1]) frequency.set(items[i]!, (frequency.get(items[i]!) ?? 0) + 1);
      }
    }
    [...frequency.keys()]
      .sort((a, b) => frequency.get(a)! - frequency.get(b)! || a - b)
      .forEach((item, place) => this.rank.set(item, place));
    for (const at of members) {
      for (const key of this.prefix(bags[at]!)) {
        const list = this.postings.get(key);
        if (list) list.push(at);
        else this.postings.set(key, [at]);
      }
    }
  }

  /**
   * A bag's first items, rarest first, as keys (rank and occurrence). Items no indexed bag has come
   * first in that order: they take up places in the prefix but can match nothing, so they are counted
   * and left out.
   */
  private prefix(bag: Bag): Float64Array {
    const items = bag[this.space];
    const keys = new Float64Array(items.length);
    let known = 0;
    let occurrence = 0;
    for (let i = 0; i < items.length; i++) {
      occurrence = i > 0 && items[i] === items[i - 1] ? occurrence + 1 : 0;
      const rank = this.rank.get(items[i]!);
      if (rank !== undefined) keys[known++] = rank * OCCURRENCES + Math.min(occurrence, OCCURRENCES - 1);
    }
    const length = items.length - minimumOverlap(items.length, this.threshold) + 1 - (items.length - known);
    return length <= 0 ? new Float64Array(0) : keys.subarray(0, known).sort().subarray(0, length);
  }

  /** Indexed bags that share an item of the query's prefix. */
  collect(query: Bag, found: (at: number) => void): void {
    for (const key of this.prefix(query)) for (const at of this.postings.get(key) ?? []) found(at);
  }
}

/**
 * Finds, for a paragraph, every indexed paragraph whose similarity with it can reach `threshold`
 * (none is missed), without comparing it to all of them. Mirrors `bagSimilarity`: two long
 * paragraphs are compared by word pairs, any pair with a short one by single words.
 */
export class SimilarCandidates {
  private readonly singles: SpaceIndex;
  private readonly pairs: SpaceIndex;
  /** Bags without words: alike only to each other. */
  private readonly empty: number[];

  constructor(
    private readonly bags: readonly Bag[],
    members: readonly number[],
    private readonly threshold: number,
  ) {
    const long = members.filter((at) => bags[at]!.distinct >= SHORT_PARAGRAPH_WORDS);
    this.singles = new SpaceIndex('singles', bags, members, threshold);
    this.pairs = new SpaceIndex('pairs', bags, long, threshold);
    this.empty = members.filter((at) => bags[at]!.singles.length === 0);
  }

  /** Indexed positions that may reach the threshold with `query`, in ascending order. */
  of(query: Bag): number[] {
    if (query.singles.length === 0) return [...this.empty];
    const found = new Set<number>();
    const queryLong = query.distinct >= SHORT_PARAGRAPH_WORDS;
    const fits = (at: number, space: Space): boolean => {
      const size = this.bags[at]![space].length;
      const own = query[space].length;
      // Dice cannot reach the threshold when one side is much larger than the other.
      return (
        size * (2 - this.threshold) >= this.threshold * own - 1e-9 &&
        this.threshold * size <= (2 - this.threshold) * own + 1e-9
      );
    };
    this.singles.collect(query, (at) => {
      if ((!queryLong || this.bags[at]!.distinct < SHORT_PARAGRAPH_WORDS) && fits(at, 'singles')) found.add(at);
    });
    if (queryLong) this.pairs.collect(query, (at) => fits(at, 'pairs') && found.add(at));
    return [...found].sort((a, b) => a - b);
  }
}
