import { frequency, pairStretch, type LocatorIndex } from './locator-index';

/**
 * Where the excerpt may lie: the diagonals (document position − excerpt position) that most of its
 * seeds there agree on, and the weight of that evidence.
 */
export interface Candidate {
  /** Diagonals `from`…`to` - 1: the excerpt's first word would be document word `from` or after. */
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
/**
 * Seeds (pairs and words found) a candidate needs, as a share of the excerpt's words: a passage that
 * shares almost no word pair with the excerpt cannot be close to it, and is not worth aligning.
 */
const LEAST_SEED_SHARE = 0.1;

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
  const seeds = new Map<number, number>();
  const diagonals: number[] = [];
  const vote = (diagonal: number, weight: number): void => {
    const bin = Math.floor(diagonal / width);
    votes.set(bin, (votes.get(bin) ?? 0) + weight);
    seeds.set(bin, (seeds.get(bin) ?? 0) + 1);
    diagonals.push(diagonal);
  };
  voteForPairs(index, excerpt, vote);
  voteForWords(index, excerpt, vote, votes.size === 0);
  const leastSeeds = Math.max(1, Math.floor(excerpt.length * LEAST_SEED_SHARE));
  const around = (map: Map<number, number>, bin: number): number =>
    (map.get(bin - 1) ?? 0) + map.get(bin)! + (map.get(bin + 1) ?? 0);
  const enough = new Map<number, number>();
  for (const bin of votes.keys()) if (around(seeds, bin) >= leastSeeds) enough.set(bin, around(votes, bin));
  return bestBins(enough).map(([bin, total]) => ({ ...seedSpan(diagonals, bin, width), votes: total }));
}

/** Share of a candidate's seeds, at each end, taken as chance matches and not let widen its band. */
const OUTLIER_SHARE = 0.1;

/**
 * The diagonals that a bin and its neighbours' seeds agree on, leaving out the outlying tenth at
 * each end: the alignment's band then follows the excerpt's drift, not stray matches around it.
 */
function seedSpan(diagonals: readonly number[], bin: number, width: number): { from: number; to: number } {
  const [low, high] = [(bin - 1) * width, (bin + 2) * width];
  const near = diagonals.filter((d) => d >= low && d < high).sort((a, b) => a - b);
  const cut = Math.floor(near.length * OUTLIER_SHARE);
  return { from: near[cut]!, to: near[near.length - 1 - cut]! + 1 };
}

/** A word pair this common is no evidence ("of the"), and reading its places costs time. */
const COMMON_PAIR_SHARE = 1 / 50;

function voteForPairs(
  index: LocatorIndex,
  excerpt: Int32Array,
  vote: (diagonal: number, weight: number) => void,
): void {
  const { positions } = index;
  const common = Math.max(64, index.ids.length * COMMON_PAIR_SHARE);
  for (let i = 0; i + 1 < excerpt.length; i++) {
    const [left, right] = [excerpt[i]!, excerpt[i + 1]!];
    if (frequency(index, left) === 0 || frequency(index, right) === 0) continue;
    const [from, to] = pairStretch(index, left, right);
    if (to === from || to - from > common) continue;
    // A pair is stronger evidence than either of its words.
    const weight = weightOf(index, to - from) + 1;
    for (let k = from; k < to; k++) vote(positions[k]! - i, weight);
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

/** The best-voted bins (each with its neighbours' votes), no two within two bins of one another. */
function bestBins(summed: Map<number, number>): [number, number][] {
  let most = 0;
  for (const total of summed.values()) most = Math.max(most, total);
  // Only the few bins near the best are sorted: a long excerpt of common words votes in thousands.
  const strong = [...summed].filter(([, total]) => total >= most * LEAST_SHARE);
  strong.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const chosen: [number, number][] = [];
  for (const entry of strong) {
    if (chosen.length === MOST_CANDIDATES) break;
    if (chosen.some(([bin]) => Math.abs(bin - entry[0]) <= 2)) continue;
    chosen.push(entry);
  }
  return chosen;
}
