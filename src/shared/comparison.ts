/** A comparison of two versions of a draft, as the core answers it and the views draw it. */

export const CHANGE_OPS = ['equal', 'insert', 'delete', 'replace', 'move'] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

/** A number that changed inside a replaced stretch ("49" → "38"): what fact-checkers look at first. */
export interface NumberChange {
  from: string;
  to: string;
}

/**
 * One stretch of a comparison. Ranges are UTF-16 offsets [start, end) into the old and new text;
 * the changes with a non-empty old range cover the old text exactly once, and likewise for new.
 * `equal` and `move` stretches are identical on both sides.
 */
export interface Change {
  op: ChangeOp;
  old: [number, number];
  new: [number, number];
  /** Part of a paragraph that moved (and may also have been edited). */
  moved?: boolean;
  numbers?: NumberChange[];
}

export interface CompareStats {
  wordsAdded: number;
  wordsRemoved: number;
  paragraphsAdded: number;
  paragraphsRemoved: number;
  paragraphsMoved: number;
  paragraphsChanged: number;
  /** Share of both texts left unchanged (equal or moved), 0–1. */
  similarity: number;
}

export interface Comparison {
  stats: CompareStats;
  changes: Change[];
}

/** How the claims fared when a new version came in. */
export interface CarriedCounts {
  current: number;
  moved: number;
  edited: number;
  orphaned: number;
}
