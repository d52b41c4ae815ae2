import { describe, expect, it } from 'vitest';
import { changeTarget, columnLayout, markerTarget } from './column-layout';
import { inlineBlocks, sideBySideBlocks } from './diff-blocks';
import { LONG_COMPARISON, LONG_NEW, LONG_OLD } from './long-revision';
import { CHANGES, NEW, OLD } from './test-revision';

const inline = { inline: columnLayout(inlineBlocks(OLD, NEW, CHANGES), CHANGES.length) };
const sides = sideBySideBlocks(OLD, NEW, CHANGES);
const side = { left: columnLayout(sides.left, CHANGES.length), right: columnLayout(sides.right, CHANGES.length) };

describe('the long revision used by the compare tests', () => {
  it('is a comparison of its two texts: the changes spell the newer text, and kept text is the same', () => {
    const { changes } = LONG_COMPARISON;
    expect(changes.map((c) => LONG_NEW.slice(...c.new)).join('')).toBe(LONG_NEW);
    for (const c of changes.filter((c) => c.op === 'equal' || c.op === 'move'))
      expect(LONG_OLD.slice(...c.old)).toBe(LONG_NEW.slice(...c.new));
  });
});

describe('a column layout', () => {
  it('places each change in the first block where it shows, and -1 where the column lacks it', () => {
    // Inline: the "moved to" marker alone, then the paragraph with the insert, the moved one, ...
    expect([...inline.inline.blockOfChange]).toEqual([1, 1, 1, 2, 2, 2, 2, 2, 3, 4, 5]);
    // The older column has no inserted text; the newer none of what was deleted.
    expect(side.left.blockOfChange[1]).toBe(-1);
    expect(side.left.blockOfChange[9]).toBe(3);
    expect(side.right.blockOfChange[9]).toBe(-1);
    expect(side.right.blockOfChange[10]).toBe(3);
  });

  it('finds each move marker, and counts a block by its characters', () => {
    expect(inline.inline.blockOfMarker).toEqual(
      new Map([
        ['to-0', 0],
        ['from-0', 2],
      ]),
    );
    expect(side.left.blockOfMarker.get('to-0')).toBe(0);
    expect(side.right.blockOfMarker.get('from-0')).toBe(1);
    expect(side.left.sizes.slice(1)).toEqual(
      OLD.split('\n\n')
        .slice(1)
        .map((p) => p.length),
    );
  });
});

describe('where a jump goes', () => {
  it('inline: to the change in the one text', () => {
    expect(changeTarget(inline, 10)).toEqual({ side: 'inline', block: 5, id: 'inline-change-10' });
  });

  it('side by side: to the newer column where the change has text there, else the older', () => {
    expect(changeTarget(side, 10)).toEqual({ side: 'right', block: 3, id: 'right-change-10' });
    expect(changeTarget(side, 9)).toEqual({ side: 'left', block: 3, id: 'left-change-9' });
  });

  it('from a move marker to the other end of the move: in the same text inline, across side by side', () => {
    const moved = (direction: 'from' | 'to') => ({ move: 0, direction, paragraph: 0 });
    expect(markerTarget(inline, 'inline', moved('to'))).toEqual({
      side: 'inline',
      block: 2,
      id: 'inline-moved-from-0',
    });
    expect(markerTarget(inline, 'inline', moved('from'))).toEqual({
      side: 'inline',
      block: 0,
      id: 'inline-moved-to-0',
    });
    expect(markerTarget(side, 'left', moved('to'))).toEqual({ side: 'right', block: 1, id: 'right-moved-from-0' });
    expect(markerTarget(side, 'right', moved('from'))).toEqual({ side: 'left', block: 0, id: 'left-moved-to-0' });
  });

  it('nowhere for a change or a move the columns on screen do not hold', () => {
    expect(changeTarget(inline, 99)).toBeNull();
    expect(markerTarget(side, 'left', { move: 7, direction: 'to', paragraph: 1 })).toBeNull();
    expect(markerTarget(inline, 'left', { move: 0, direction: 'to', paragraph: 1 })).toBeNull();
  });
});
