import type { DiffBlock, MoveMarker } from './diff-blocks';

/** Which text a block belongs to: the inline comparison, or the older or newer column side by side. */
export type DiffSide = 'inline' | 'left' | 'right';

/** A column's blocks, and where in them each change and each move marker is, for jumping. */
export interface ColumnLayout {
  blocks: DiffBlock[];
  /** Characters of each block (a marker alone counts as a short line). */
  sizes: number[];
  /** For each change, the block where it first shows; -1 when this column does not show it. */
  blockOfChange: Int32Array;
  /** For each move marker (by `markerKey`), its block. */
  blockOfMarker: Map<string, number>;
}

/** A block that holds only a move marker still takes a line. */
const MARKER_CHARS = 20;

export const markerKey = (marker: Pick<MoveMarker, 'move' | 'direction'>): string =>
  `${marker.direction}-${marker.move}`;

/** The element id of a move marker, so that its counterpart can scroll to it. */
export const markerId = (side: DiffSide, marker: Pick<MoveMarker, 'move' | 'direction'>): string =>
  `${side}-moved-${marker.direction}-${marker.move}`;

/** The element id of the first segment of a change in a column. */
export const changeId = (side: DiffSide, change: number): string => `${side}-change-${change}`;

export function columnLayout(blocks: DiffBlock[], changeCount: number): ColumnLayout {
  const blockOfChange = new Int32Array(changeCount).fill(-1);
  const blockOfMarker = new Map<string, number>();
  const sizes = blocks.map((block, b) => {
    let chars = block.marker ? MARKER_CHARS : 0;
    for (const s of block.segments) {
      chars += s.text.length;
      if (blockOfChange[s.change] === -1) blockOfChange[s.change] = b;
    }
    if (block.marker) blockOfMarker.set(markerKey(block.marker), b);
    return chars;
  });
  return { blocks, sizes, blockOfChange, blockOfMarker };
}

/** Where a jump goes: the column, the block to draw up to, and the element to scroll to. */
export interface JumpTarget {
  side: DiffSide;
  block: number;
  id: string;
}

/** The columns on screen: the inline one, or the older and newer side by side. */
export type ShownColumns = { inline: ColumnLayout } | { left: ColumnLayout; right: ColumnLayout };

/** A change in the text on screen: side by side, in the newer column where it has text there, else the older. */
export function changeTarget(columns: ShownColumns, change: number): JumpTarget | null {
  const sides: DiffSide[] = 'inline' in columns ? ['inline'] : ['right', 'left'];
  for (const side of sides) {
    const block = columnOf(columns, side)?.blockOfChange[change] ?? -1;
    if (block >= 0) return { side, block, id: changeId(side, change) };
  }
  return null;
}

/** The counterpart of a move marker: the other end of the move, in the same text inline, in the other column side by side. */
export function counterpartOf(
  from: DiffSide,
  marker: Pick<MoveMarker, 'move' | 'direction'>,
): { side: DiffSide; marker: Pick<MoveMarker, 'move' | 'direction'> } {
  const side: DiffSide = from === 'inline' ? 'inline' : from === 'left' ? 'right' : 'left';
  return { side, marker: { move: marker.move, direction: marker.direction === 'from' ? 'to' : 'from' } };
}

/** Where a click on a move marker goes: its counterpart. */
export function markerTarget(columns: ShownColumns, from: DiffSide, marker: MoveMarker): JumpTarget | null {
  const counterpart = counterpartOf(from, marker);
  const block = columnOf(columns, counterpart.side)?.blockOfMarker.get(markerKey(counterpart.marker));
  return block === undefined
    ? null
    : { side: counterpart.side, block, id: markerId(counterpart.side, counterpart.marker) };
}

function columnOf(columns: ShownColumns, side: DiffSide): ColumnLayout | undefined {
  if ('inline' in columns) return side === 'inline' ? columns.inline : undefined;
  return side === 'left' ? columns.left : side === 'right' ? columns.right : undefined;
}
