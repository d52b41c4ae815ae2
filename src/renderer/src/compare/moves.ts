import type { Change } from '../../../shared/model';
import { paragraphSpans } from '../../../shared/text-shape';

/** A paragraph that moved (and may also have been edited): its changes, and where it was and is. */
export interface MovedParagraph {
  /** Numbered in reading order of the newer version. */
  id: number;
  /** Indexes of its changes. */
  changes: number[];
  old: [number, number];
  new: [number, number];
  /** 1-based paragraph numbers in the older and in the newer version. */
  from: number;
  to: number;
  edited: boolean;
}

/** 1-based number of the paragraph holding `offset`, by binary search over the paragraph starts. */
function paragraphNumber(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(1, lo);
}

/**
 * The moved paragraphs of a comparison: runs of `moved` changes that follow each other in the newer
 * version and come from one stretch of the older one.
 */
export function movedParagraphs(changes: readonly Change[], oldText: string, newText: string): MovedParagraph[] {
  const moves: MovedParagraph[] = [];
  let open: MovedParagraph | undefined;
  changes.forEach((c, i) => {
    if (!c.moved) {
      open = undefined;
      return;
    }
    if (open && open.new[1] === c.new[0] && c.old[0] >= open.old[0] && c.old[0] <= open.old[1]) {
      open.changes.push(i);
      open.new = [open.new[0], c.new[1]];
      open.old = [open.old[0], Math.max(open.old[1], c.old[1])];
      open.edited ||= c.op !== 'move';
      return;
    }
    open = { id: moves.length, changes: [i], old: c.old, new: c.new, from: 0, to: 0, edited: c.op !== 'move' };
    moves.push(open);
  });
  if (moves.length === 0) return moves;
  const oldStarts = paragraphSpans(oldText).map((span) => span.start);
  const newStarts = paragraphSpans(newText).map((span) => span.start);
  for (const m of moves) {
    m.from = paragraphNumber(oldStarts, m.old[0]);
    m.to = paragraphNumber(newStarts, m.new[0]);
  }
  return moves;
}
