import { frequency, type LocatorIndex } from './locator-index';

/** Where the excerpt may start, as a range of document word positions, with the weight of the evidence. */
export interface Candidate {
  /** The excerpt's first word would be document word `from`…`to` - 1. */
  from: number;
  to: number;
  votes: number;
}

/** Postings read for single-word seeds, at most: common words are left to the word-pair seeds. */
const SINGLE_WORD_BUDGET = 40_000;
/** A word this common is no evidence on its own. */
const COMMON_SHARE = 1 / 200;
/** Candidates aligned, at most; and only those with this share of the best one's votes. */
const MOST_CANDIDATES = 8;
const LEAST_SHARE = 0.25;

/** Width, in words, of the bins that seeds vote into: insertions and drops shift a seed's diagonal. */
export function binWidth(excerptLength: number): number {
  return Math.min(32, Math.max(4, Math.ceil(excerptLength / 8)));
}

const weightOf = (index: LocatorIndex, count: number): number => Math.log(1 + index.ids.length / count);

/**
 * Seeds the search with words and neighbouring word pairs of the excerpt found in the document:
 * each occurrence votes for the diagonal (document position − excerpt position) it implies,
 * rare words and pairs more than common ones. The best-voted stretches are the candidates.
 */
export function findCandidates(index: LocatorIndex, excerpt: Int32Array): Candidate[] {
  const width = binWidth(excerpt.length);
  const votes = new Map<number, number>();
  const vote = (diagonal: number, weight: number): void => {
    const bin = Math.floor(diagonal / width);
    votes.set(bin, (votes.get(bin) ?? 0) + weight);
  };
  voteForPairs(index, excerpt, vote);
  voteForWords(index, excerpt, vote, votes.size === 0);
  return bestBins(votes, width);
}

function voteForPairs(
  index: LocatorIndex,
  excerpt: Int32Array,
  vote: (diagonal: number, weight: number) => void,
): void {
  const { ids, firstPosition, positions } = index;
  for (let i = 0; i + 1 < excerpt.length; i++) {
    const [left, right] = [excerpt[i]!, excerpt[i + 1]!];
    const [leftCount, rightCount] = [frequency(index, left), frequency(index, right)];
    if (leftCount === 0 || rightCount === 0) continue;
    // Walk the rarer word's positions and look at its neighbour.
    const walkLeft = leftCount <= rightCount;
    const word = walkLeft ? left : right;
    const weight = weightOf(index, Math.min(leftCount, rightCount)) + 1;
    for (let k = firstPosition[word]!; k < firstPosition[word + 1]!; k++) {
      const p = positions[k]!;
      const start = walkLeft ? p : p - 1;
      if (start >= 0 && ids[start] === left && ids[start + 1] === right) vote(start - i, weight);
    }
  }
}

/** Rare words vote alone too (they survive a typo in their neighbour); all words when no pair was found. */
function voteForWords(
  index: LocatorIndex,
  excerpt: Int32Array,
  vote: (diagonal: number, weight: number) => void,
  noPairs: boolean,
): void {
  const { firstPosition, positions } = index;
  const common = noPairs ? Infinity : Math.max(16, index.ids.length * COMMON_SHARE);
  const order = [...excerpt.keys()].filter((i) => frequency(index, excerpt[i]!) > 0);
  order.sort((a, b) => frequency(index, excerpt[a]!) - frequency(index, excerpt[b]!));
  let budget = SINGLE_WORD_BUDGET;
  for (const i of order) {
    const word = excerpt[i]!;
    const count = frequency(index, word);
    if (count > common || count > budget) break;
    budget -= count;
    const weight = weightOf(index, count);
    for (let k = firstPosition[word]!; k < firstPosition[word + 1]!; k++) vote(positions[k]! - i, weight);
  }
}

/** The best bins, each with its neighbours (a diagonal near a bin's edge spills into the next). */
function bestBins(votes: Map<number, number>, width: number): Candidate[] {
  const summed = [...votes.keys()].map((bin) => ({
    bin,
    votes: (votes.get(bin - 1) ?? 0) + votes.get(bin)! + (votes.get(bin + 1) ?? 0),
  }));
  summed.sort((a, b) => b.votes - a.votes || a.bin - b.bin);
  const chosen: { bin: number; votes: number }[] = [];
  for (const entry of summed) {
    if (chosen.length === MOST_CANDIDATES || entry.votes < summed[0]!.votes * LEAST_SHARE) break;
    if (chosen.some((c) => Math.abs(c.bin - entry.bin) <= 2)) continue;
    chosen.push(entry);
  }
  return chosen.map(({ bin, votes: weight }) => ({ from: (bin - 1) * width, to: (bin + 2) * width, votes: weight }));
}
