import { describe, expect, it } from 'vitest';
import { claimsByParagraph, segmentParagraph } from './segments';

describe('segmentParagraph', () => {
  it('cuts at claim edges and lists the covering claims innermost first', () => {
    const segments = segmentParagraph({ start: 0, end: 20 }, [
      { id: 'outer', start: 2, end: 15 },
      { id: 'inner', start: 5, end: 8 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, claimIds: [] },
      { start: 2, end: 5, claimIds: ['outer'] },
      { start: 5, end: 8, claimIds: ['inner', 'outer'] },
      { start: 8, end: 15, claimIds: ['outer'] },
      { start: 15, end: 20, claimIds: [] },
    ]);
  });

  it('clips a claim that runs beyond the paragraph', () => {
    expect(segmentParagraph({ start: 10, end: 20 }, [{ id: 'a', start: 0, end: 14 }])).toEqual([
      { start: 10, end: 14, claimIds: ['a'] },
      { start: 14, end: 20, claimIds: [] },
    ]);
  });
});

describe('claimsByParagraph', () => {
  it('puts a claim in every paragraph it overlaps', () => {
    const paragraphs = [
      { start: 0, end: 10 },
      { start: 12, end: 20 },
      { start: 22, end: 30 },
    ];
    const claims = [
      { id: 'b', start: 15, end: 25 },
      { id: 'a', start: 1, end: 3 },
    ];
    expect(claimsByParagraph(paragraphs, claims).map((bucket) => bucket.map((c) => c.id))).toEqual([
      ['a'],
      ['b'],
      ['b'],
    ]);
  });

  it('marks the stretches of a suggested sentence, claims taking precedence', () => {
    const segments = segmentParagraph(
      { start: 0, end: 30 },
      [{ id: 'c', start: 12, end: 16 }],
      [{ id: 's1', start: 10, end: 20 }],
    );
    expect(segments).toEqual([
      { start: 0, end: 10, claimIds: [] },
      { start: 10, end: 12, claimIds: [], suggestionId: 's1' },
      { start: 12, end: 16, claimIds: ['c'], suggestionId: 's1' },
      { start: 16, end: 20, claimIds: [], suggestionId: 's1' },
      { start: 20, end: 30, claimIds: [] },
    ]);
  });
});
