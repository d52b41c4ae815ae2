import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/model';
import { blockPieces, diffBlocks, estimatedLines } from './diff-blocks';
import { inlineSegments, sideBySideSegments, type DiffSegment } from './diff-segments';

const OLD = 'Turnout was 49 percent.\n\nIt rained.';
const NEW = 'It rained.\n\nTurnout was 38 percent.';
const CHANGES: Change[] = [
  { op: 'move', old: [25, 35], new: [0, 10] },
  { op: 'insert', old: [25, 25], new: [10, 12] },
  { op: 'equal', old: [0, 12], new: [12, 24] },
  { op: 'replace', old: [12, 14], new: [24, 26], numbers: [{ from: '49', to: '38' }] },
  { op: 'equal', old: [14, 23], new: [26, 35] },
  { op: 'delete', old: [23, 25], new: [35, 35] },
];

const textOf = (segments: DiffSegment[], blocks: ReturnType<typeof diffBlocks>['blocks']): string[] =>
  blocks.map((b) =>
    blockPieces(segments, b)
      .map((p) => p.text)
      .join(''),
  );

describe('diff blocks', () => {
  it('cut a column after each paragraph break, and together spell it exactly', () => {
    const { right } = sideBySideSegments(OLD, NEW, CHANGES);
    const { blocks } = diffBlocks(right, CHANGES.length);
    expect(textOf(right, blocks)).toEqual(['It rained.\n\n', 'Turnout was 38 percent.']);
    expect(blocks.map((b) => [b.start, b.end])).toEqual([
      [0, 12],
      [12, 35],
    ]);
  });

  it('split a segment that holds several breaks, and keep one that ends on a break whole', () => {
    const segments: DiffSegment[] = [
      { kind: 'equal', text: 'One.\n\nTwo.\n\nThr', change: 0 },
      { kind: 'insert', text: 'ee.\n\n', change: 1 },
      { kind: 'equal', text: 'Four.', change: 2 },
    ];
    const { blocks, blockOfChange } = diffBlocks(segments, 3);
    expect(textOf(segments, blocks)).toEqual(['One.\n\n', 'Two.\n\n', 'Three.\n\n', 'Four.']);
    expect([...blockOfChange]).toEqual([0, 2, 3]);
  });

  it('mark only the first piece of each change as its anchor', () => {
    const segments = inlineSegments(OLD, NEW, CHANGES);
    const { blocks } = diffBlocks(segments, CHANGES.length);
    const anchors = blocks.flatMap((b) =>
      blockPieces(segments, b)
        .filter((p) => p.anchor)
        .map((p) => p.change),
    );
    expect(anchors).toEqual([0, 1, 2, 3, 4, 5]);
    const replaced = blocks.flatMap((b) => blockPieces(segments, b)).filter((p) => p.change === 3);
    expect(replaced.map((p) => [p.kind, p.text, p.anchor])).toEqual([
      ['delete', '49', true],
      ['insert', '38', false],
    ]);
  });

  it('place each change in the block where it first shows, and -1 where a column lacks it', () => {
    const { left } = sideBySideSegments(OLD, NEW, CHANGES);
    const { blockOfChange } = diffBlocks(left, CHANGES.length);
    // Old column: "Turnout was 49 percent.\n\n" then "It rained."; the insert has no old text.
    expect([...blockOfChange]).toEqual([1, -1, 0, 0, 0, 0]);
  });

  it('give no blocks to an empty column', () => {
    expect(diffBlocks([], 0).blocks).toEqual([]);
  });

  it('estimate a block by its length, plus the line its break takes', () => {
    expect(
      estimatedLines({ from: { segment: 0, offset: 0 }, to: { segment: 0, offset: 0 }, start: 0, end: 181 }, 90),
    ).toBe(4);
  });
});
