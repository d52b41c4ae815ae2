import type { Change } from '../../../shared/model';

export type SegmentKind = 'equal' | 'insert' | 'delete' | 'move';

export interface DiffSegment {
  kind: SegmentKind;
  text: string;
  /** Index of the change it comes from, so that the change list can jump to it. */
  change: number;
}

/** One running text: the new version, with what was deleted shown where it was. */
export function inlineSegments(oldText: string, newText: string, changes: readonly Change[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  changes.forEach((c, change) => {
    const before = oldText.slice(c.old[0], c.old[1]);
    const after = newText.slice(c.new[0], c.new[1]);
    if (c.op === 'equal' || c.op === 'move') out.push({ kind: c.op, text: after, change });
    else {
      if (before) out.push({ kind: 'delete', text: before, change });
      if (after) out.push({ kind: 'insert', text: after, change });
    }
  });
  return out;
}

/** Two columns: the old version in its own order with deletions marked, the new with insertions. */
export function sideBySideSegments(
  oldText: string,
  newText: string,
  changes: readonly Change[],
): { left: DiffSegment[]; right: DiffSegment[] } {
  const indexed = changes.map((c, change) => ({ c, change }));
  const kindFor = (op: Change['op'], changed: SegmentKind): SegmentKind =>
    op === 'equal' || op === 'move' ? op : changed;
  const left = indexed
    .filter(({ c }) => c.old[1] > c.old[0])
    .sort((a, b) => a.c.old[0] - b.c.old[0])
    .map(({ c, change }) => ({ kind: kindFor(c.op, 'delete'), text: oldText.slice(c.old[0], c.old[1]), change }));
  const right = indexed
    .filter(({ c }) => c.new[1] > c.new[0])
    .map(({ c, change }) => ({ kind: kindFor(c.op, 'insert'), text: newText.slice(c.new[0], c.new[1]), change }));
  return { left, right };
}
