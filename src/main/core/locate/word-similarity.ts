/** How alike two folded words are: a typo costs little, a different word costs a whole word. */

/** Below this share of letters in common, two words are different words, not a typo of one another. */
const TYPO_SIMILARITY = 0.6;
/** The least a typo costs, so that a misspelt word always counts for something. */
const TYPO_BASE_COST = 0.2;
/** Words longer than this are compared only for equality (they are rare and the distance costs |a|·|b|). */
const LONGEST_COMPARED = 40;
const DIGIT = /\d/;

// Three rows of the distance table, kept between calls: this runs for thousands of word pairs a lookup.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance counting an insertion, a deletion, a substitution or two neighbouring letters swapped
 * as one edit each (optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const other = b.charCodeAt(j - 1);
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (letter === other ? 0 : 1));
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === other) {
        best = Math.min(best, before[j - 2]! + 1);
      }
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** The letters a–z and digits a word holds, as bits: a cheap bound before the edit distance. */
function letterBits(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) % 31);
  return bits;
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
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
  // Each kind of letter one word has and the other lacks takes at least one edit.
  const [bitsA, bitsB] = [letterBits(a), letterBits(b)];
  const least = Math.max(bitCount(bitsA & ~bitsB), bitCount(bitsB & ~bitsA));
  if (least > longer * (1 - TYPO_SIMILARITY)) return 1;
  const similarity = textSimilarity(a, b);
  return similarity < TYPO_SIMILARITY ? 1 : TYPO_BASE_COST + (1 - similarity);
}
