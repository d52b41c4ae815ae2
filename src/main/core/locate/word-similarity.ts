/** How alike two folded words are: a typo costs little, a different word costs a whole word. */

/** Below this share of letters in common, two words are different words, not a typo of one another. */
const TYPO_SIMILARITY = 0.6;
/** The least a typo costs, so that a misspelt word always counts for something. */
const TYPO_BASE_COST = 0.2;
/** Words longer than this are compared only for equality (they are rare and the distance costs |a|·|b|). */
const LONGEST_COMPARED = 40;
const DIGIT = /\d/;

/**
 * Edit distance counting an insertion, a deletion, a substitution or two neighbouring letters swapped
 * as one edit each (optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** 1 for the same text, towards 0 as more of it differs. */
export function textSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/**
 * The cost of reading excerpt word `a` where the document has `b`: 0 for the same word, between
 * 0.2 and 0.6 for a typo, 1 for a different word. A changed figure is always a different word:
 * "12" and "14" are not a typo of one another for a fact-checker.
 */
export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  const longer = Math.max(a.length, b.length);
  if (longer > LONGEST_COMPARED || Math.abs(a.length - b.length) > longer * (1 - TYPO_SIMILARITY)) return 1;
  if (DIGIT.test(a) || DIGIT.test(b)) return 1;
  const similarity = textSimilarity(a, b);
  return similarity < TYPO_SIMILARITY ? 1 : TYPO_BASE_COST + (1 - similarity);
}
