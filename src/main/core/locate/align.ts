/**
 * Word-level alignment of an excerpt against a window of the document: edit distance over words,
 * where the excerpt must be read whole and the document may start and end anywhere in the window
 * (semi-global), limited to a band of diagonals around where the seeds put the excerpt.
 */

/** How the alignment may pair words; positions are the document's own word positions. */
export interface WordCosts {
  /** Cost of reading excerpt word `i` as document word `p` (0 same, < 1 a typo, 1 a different word). */
  substitute(i: number, p: number): number;
  /** Excerpt word `i` is document words `p` and `p + 1` run together ("e-mail" / "email"). */
  joinsDocument(i: number, p: number): boolean;
  /** Excerpt words `i` and `i + 1` run together are document word `p`. */
  joinsExcerpt(i: number, p: number): boolean;
}

export interface AlignTask {
  /** Words in the excerpt. */
  excerptLength: number;
  /** Document words [from, to) to align against. */
  from: number;
  to: number;
  /** Diagonals allowed: document word (from + j) may pair with excerpt word i when j - i ∈ [lowest, highest]. */
  lowest: number;
  highest: number;
}

export interface Alignment {
  /** Total cost: 1 per dropped or different word, 0.9 per inserted one, less for typos and joined words. */
  cost: number;
  /** Document words [first, last] the excerpt was read from. */
  first: number;
  last: number;
  /** For each excerpt word, whether the document has it (the same word, a typo of it, or joined). */
  covered: boolean[];
}

/** Cost of an excerpt word the document lacks. */
const DROP = 1;
/**
 * Cost of a document word the excerpt lacks: a little less, so that of "A C" read in "A B C" the
 * passage keeps A (B inserted) rather than dropping A at the same cost.
 */
const INSERT = 0.9;
/** Cost of two words run together on one side. */
const JOIN = 0.1;
/** A pairing below this cost means the document has the excerpt's word. */
const COVERED = 0.75;

// What each cell's cheapest path did last.
const NONE = 0;
const PAIR = 1;
const DROPPED = 2;
const INSERTED = 3;
const JOIN_DOCUMENT = 4;
const JOIN_EXCERPT = 5;

/** The cheapest alignment of the excerpt within the task's window, or null when no word pairs. */
export function alignWords(task: AlignTask, costs: WordCosts): Alignment | null {
  const { excerptLength: m, from, to, lowest, highest } = task;
  const width = highest - lowest + 1;
  const length = to - from;
  if (width <= 0 || m === 0) return null;
  // Row i holds the diagonals lowest…highest: cell (i, j) is i * width + (j - i - lowest).
  const cost = new Float64Array((m + 1) * width).fill(Infinity);
  const step = new Uint8Array((m + 1) * width);
  for (let j = Math.max(0, lowest); j <= Math.min(length, highest); j++) cost[j - lowest] = 0;
  for (let i = 1; i <= m; i++) {
    for (let j = Math.max(0, i + lowest); j <= Math.min(length, i + highest); j++) {
      const offset = j - i - lowest;
      const here = i * width + offset;
      const pair = j > 0 ? costs.substitute(i - 1, from + j - 1) : Infinity;
      const diagonal = cost[here - width]! + pair;
      // Ties go, in this order, to a word the document has, a join, a dropped word, an inserted one,
      // and last a different word: so the passage's edges do not take in a neighbouring word.
      let best = pair < COVERED ? diagonal : Infinity;
      let chosen = best < Infinity ? PAIR : NONE;
      // Plain assignments, not destructuring: this loop runs for every cell of the band.
      if (offset > 0 && j > 1 && costs.joinsDocument(i - 1, from + j - 2)) {
        const value = cost[here - width - 1]! + JOIN;
        if (value < best) {
          best = value;
          chosen = JOIN_DOCUMENT;
        }
      }
      if (offset + 1 < width && i > 1 && j > 0 && costs.joinsExcerpt(i - 2, from + j - 1)) {
        const value = cost[here - 2 * width + 1]! + JOIN;
        if (value < best) {
          best = value;
          chosen = JOIN_EXCERPT;
        }
      }
      const dropped = offset + 1 < width ? cost[here - width + 1]! + DROP : Infinity;
      if (dropped < best) {
        best = dropped;
        chosen = DROPPED;
      }
      const inserted = offset > 0 ? cost[here - 1]! + INSERT : Infinity;
      if (inserted < best) {
        best = inserted;
        chosen = INSERTED;
      }
      if (pair >= COVERED && diagonal < best) {
        best = diagonal;
        chosen = PAIR;
      }
      cost[here] = best;
      step[here] = chosen;
    }
  }
  const cell = (i: number, j: number): number => i * width + (j - i - lowest);
  let end = -1;
  for (let j = Math.max(0, m + lowest); j <= Math.min(length, m + highest); j++) {
    if (end < 0 || cost[cell(m, j)]! < cost[cell(m, end)]!) end = j;
  }
  if (end < 0 || cost[cell(m, end)] === Infinity) return null;
  return traceBack(m, end, cost[cell(m, end)]!, (i, j) => step[cell(i, j)]!, costs, from);
}

function traceBack(
  m: number,
  end: number,
  total: number,
  stepAt: (i: number, j: number) => number,
  costs: WordCosts,
  from: number,
): Alignment | null {
  const covered = new Array<boolean>(m).fill(false);
  let [i, j] = [m, end];
  let first = -1;
  let last = -1;
  const took = (p: number): void => {
    if (last < 0) last = p;
    first = p;
  };
  while (i > 0) {
    const kind = stepAt(i, j);
    if (kind === PAIR) {
      covered[i - 1] = costs.substitute(i - 1, from + j - 1) < COVERED;
      took(from + j - 1);
      [i, j] = [i - 1, j - 1];
    } else if (kind === JOIN_DOCUMENT) {
      covered[i - 1] = true;
      took(from + j - 1);
      took(from + j - 2);
      [i, j] = [i - 1, j - 2];
    } else if (kind === JOIN_EXCERPT) {
      covered[i - 1] = covered[i - 2] = true;
      took(from + j - 1);
      [i, j] = [i - 2, j - 1];
    } else if (kind === DROPPED) {
      i -= 1;
    } else if (kind === INSERTED) {
      j -= 1;
    } else {
      return null;
    }
  }
  return first < 0 ? null : { cost: total, first, last, covered };
}
