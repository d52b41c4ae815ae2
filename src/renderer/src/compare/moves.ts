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

function paragraphNumber(text: string, offset: number): number {
  return paragraphSpans(text).filter((span) => span.start <= offset).length || 1;
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
  for (const m of moves) {
    m.from = paragraphNumber(oldText, m.old[0]);
    m.to = paragraphNumber(newText, m.new[0]);
  }
  return moves;
}
