import type { DiffSegment } from './diff-segments';

/** Where a block starts or ends: a segment, and a character offset inside its text. */
interface Cut {
  segment: number;
  offset: number;
}

/**
 * A paragraph of a diff column: the segments (or parts of them) from one paragraph break to the
 * next, break included. Only its bounds are kept; its pieces are cut when it is drawn.
 */
export interface DiffBlock {
  from: Cut;
  to: Cut;
  /** Characters before the block and after it, in the column's running text. */
  start: number;
  end: number;
}

/** A part of one segment inside a block; `anchor` marks the first piece of a change, for jumping. */
export interface DiffPiece extends DiffSegment {
  anchor: boolean;
}

/** The column's blocks, and for each change the block where it is first shown (-1: not in this column). */
export interface DiffLayout {
  blocks: DiffBlock[];
  blockOfChange: Int32Array;
}

const BREAK = '\n\n';

/** Splits a column's segments after every paragraph break, without copying any text. */
export function diffBlocks(segments: readonly DiffSegment[], changeCount: number): DiffLayout {
  const blocks: DiffBlock[] = [];
  const blockOfChange = new Int32Array(changeCount).fill(-1);
  let from: Cut = { segment: 0, offset: 0 };
  let start = 0;
  let chars = 0;
  segments.forEach((s, i) => {
    if (blockOfChange[s.change] === -1) blockOfChange[s.change] = blocks.length;
    let at = s.text.indexOf(BREAK);
    while (at !== -1) {
      const to = { segment: i, offset: at + BREAK.length };
      const end = chars + to.offset;
      blocks.push({ from, to, start, end });
      from = to;
      start = end;
      at = s.text.indexOf(BREAK, to.offset);
    }
    chars += s.text.length;
  });
  const last = segments.length - 1;
  if (last >= 0 && start < chars)
    blocks.push({ from, to: { segment: last, offset: segments[last]!.text.length }, start, end: chars });
  return { blocks, blockOfChange };
}

/** The pieces of one block: the segments it covers, cut at its bounds. */
export function blockPieces(segments: readonly DiffSegment[], block: DiffBlock): DiffPiece[] {
  const pieces: DiffPiece[] = [];
  for (let i = block.from.segment; i <= block.to.segment; i++) {
    const s = segments[i]!;
    const begin = i === block.from.segment ? block.from.offset : 0;
    const finish = i === block.to.segment ? block.to.offset : s.text.length;
    if (finish <= begin) continue;
    const anchor = begin === 0 && (i === 0 || segments[i - 1]!.change !== s.change);
    pieces.push({ kind: s.kind, change: s.change, text: s.text.slice(begin, finish), anchor });
  }
  return pieces;
}

/** Lines a block is expected to take until it is drawn once (its paragraph break adds one). */
export function estimatedLines(block: DiffBlock, perLine: number): number {
  return Math.max(1, Math.ceil((block.end - block.start) / perLine)) + 1;
}
