import type { Change } from '../../../shared/model';
import { movedParagraphs, type MovedParagraph } from './moves';

export type SegmentKind = 'equal' | 'insert' | 'delete' | 'move';

export interface DiffSegment {
  kind: SegmentKind;
  text: string;
  /** Index of the change it comes from, so that the change list can jump to it. */
  change: number;
}

/**
 * Where a moved paragraph went or came from: `from` is shown on the paragraph in its new place
 * ("moved from ¶ 1"), `to` where it used to be ("moved to ¶ 2"). Each links to the other.
 */
export interface MoveMarker {
  move: number;
  direction: 'from' | 'to';
  paragraph: number;
}

/** One paragraph of a rendered comparison (or, with a `to` marker alone, the place one left). */
export interface DiffBlock {
  segments: DiffSegment[];
  marker?: MoveMarker;
}

interface Piece {
  segment: DiffSegment;
  text: string;
  start: number;
  end: number;
  marker?: MoveMarker;
}

const BREAK = /\n[ \t]*\n\s*/;

function starts(text: string, at: number): boolean {
  return at === 0 || /\n[ \t]*\n\s*$/.test(text.slice(Math.max(0, at - 8), at));
}

function ends(text: string, at: number): boolean {
  return at >= text.length || BREAK.test(text.slice(at, at + 8)) || /^\s*$/.test(text.slice(at));
}

/**
 * Cuts pieces of text into paragraphs: at every blank line, and between a piece that ends a paragraph
 * and one that starts another, so that a removed paragraph and an added one never run together.
 */
function toBlocks(pieces: readonly (Piece | MoveMarker)[]): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  let open: DiffBlock | undefined;
  let lastEnded = true;
  const close = (): void => {
    if (open && (open.segments.length > 0 || open.marker)) blocks.push(open);
    open = undefined;
  };
  for (const piece of pieces) {
    if (!('segment' in piece)) {
      close();
      blocks.push({ segments: [], marker: piece });
      lastEnded = true;
      continue;
    }
    const { segment, text } = piece;
    if (piece.marker || (lastEnded && starts(text, piece.start))) close();
    if (piece.marker) open = { segments: [], marker: piece.marker };
    segment.text.split(BREAK).forEach((part, i) => {
      if (i > 0) close();
      if (part) (open ??= { segments: [] }).segments.push({ ...segment, text: part });
    });
    lastEnded = ends(text, piece.end) || BREAK.test(segment.text.slice(-8));
  }
  close();
  return blocks;
}

/** Each moved paragraph by its first change on one side: in the newer version's order, or the older's. */
function firstChanges(
  moves: readonly MovedParagraph[],
  changes: readonly Change[],
  side: 'old' | 'new',
): Map<number, MovedParagraph> {
  const first = (m: MovedParagraph): number =>
    m.changes
      .filter((i) => changes[i]![side][1] > changes[i]![side][0])
      .sort((a, b) => changes[a]![side][0] - changes[b]![side][0])[0] ?? m.changes[0]!;
  return new Map(moves.map((m) => [first(m), m]));
}

/** One running text: the new version, with what was deleted shown where it was. */
export function inlineBlocks(oldText: string, newText: string, changes: readonly Change[]): DiffBlock[] {
  const moves = movedParagraphs(changes, oldText, newText);
  const startOf = new Map(moves.map((m) => [m.changes[0]!, m]));
  const pieces: (Piece | MoveMarker)[] = [];
  // Where a moved paragraph used to be: before the first unmoved old text that followed it.
  const left = [...moves];
  changes.forEach((c, change) => {
    const movedHere = startOf.get(change);
    if (!c.moved && c.old[1] > c.old[0]) {
      for (const m of left.filter((m) => m.old[1] <= c.old[0])) {
        pieces.push({ move: m.id, direction: 'to', paragraph: m.to });
        left.splice(left.indexOf(m), 1);
      }
    }
    const marker: MoveMarker | undefined = movedHere && {
      move: movedHere.id,
      direction: 'from',
      paragraph: movedHere.from,
    };
    const before = oldText.slice(c.old[0], c.old[1]);
    const after = newText.slice(c.new[0], c.new[1]);
    const newPiece = (kind: SegmentKind, withMarker: boolean): Piece => ({
      segment: { kind, text: after, change },
      text: newText,
      start: c.new[0],
      end: c.new[1],
      ...(withMarker && marker ? { marker } : {}),
    });
    if (c.op === 'equal' || c.op === 'move') pieces.push(newPiece(c.op, true));
    else {
      if (before)
        pieces.push({
          segment: { kind: 'delete', text: before, change },
          text: oldText,
          start: c.old[0],
          end: c.old[1],
          ...(marker ? { marker } : {}),
        });
      if (after) pieces.push(newPiece('insert', !before));
    }
  });
  for (const m of left) pieces.push({ move: m.id, direction: 'to', paragraph: m.to });
  return toBlocks(pieces);
}

/** Two columns: the old version in its own order with deletions marked, the new with insertions. */
export function sideBySideBlocks(
  oldText: string,
  newText: string,
  changes: readonly Change[],
): { left: DiffBlock[]; right: DiffBlock[] } {
  const moves = movedParagraphs(changes, oldText, newText);
  const oldStarts = firstChanges(moves, changes, 'old');
  const newStarts = firstChanges(moves, changes, 'new');
  const kindFor = (op: Change['op'], changed: SegmentKind): SegmentKind =>
    op === 'equal' || op === 'move' ? op : changed;
  const indexed = changes.map((c, change) => ({ c, change }));
  const left = indexed
    .filter(({ c }) => c.old[1] > c.old[0])
    .sort((a, b) => a.c.old[0] - b.c.old[0])
    .map(({ c, change }): Piece => {
      const m = oldStarts.get(change);
      return {
        segment: { kind: kindFor(c.op, 'delete'), text: oldText.slice(c.old[0], c.old[1]), change },
        text: oldText,
        start: c.old[0],
        end: c.old[1],
        ...(m ? { marker: { move: m.id, direction: 'to', paragraph: m.to } } : {}),
      };
    });
  const right = indexed
    .filter(({ c }) => c.new[1] > c.new[0])
    .map(({ c, change }): Piece => {
      const m = newStarts.get(change);
      return {
        segment: { kind: kindFor(c.op, 'insert'), text: newText.slice(c.new[0], c.new[1]), change },
        text: newText,
        start: c.new[0],
        end: c.new[1],
        ...(m ? { marker: { move: m.id, direction: 'from', paragraph: m.from } } : {}),
      };
    });
  return { left: toBlocks(left), right: toBlocks(right) };
}
