import { describe, expect, it } from 'vitest';
import { changeMapping, DEFAULT_FALLBACK, mappingEntries, ratingReader, type StoredRatingMapping } from './rating-map';

const BUILT_IN: StoredRatingMapping = { labels: [], fallback: DEFAULT_FALLBACK };

describe('rating mapping', () => {
  it('reads the common English labels however they are written', () => {
    const read = ratingReader(BUILT_IN);
    const table: [string, string][] = [
      ['True', 'verified'],
      ['Mostly true', 'verified'],
      ['HALF-TRUE', 'disputed'],
      ['Misleading', 'disputed'],
      ['Mostly False', 'false'],
      ['False', 'false'],
      ['Pants on Fire!', 'false'],
      ['Unproven', 'unverifiable'],
      ['Unverified', 'unverifiable'],
      ['Satire', 'unverifiable'],
      ['Outdated', 'disputed'],
      ['  four   pinocchios ', 'false'],
    ];
    for (const [label, status] of table) {
      expect(read({ label }), label).toEqual({ label, status, mappedBy: 'label' });
    }
  });

  it('reads a number on its scale when the label is unknown, and falls back when neither helps', () => {
    const read = ratingReader(BUILT_IN);
    expect(read({ label: '5', value: 5, best: 5, worst: 1 }).status).toBe('verified');
    expect(read({ label: '4', value: 4, best: 5, worst: 1 }).status).toBe('verified');
    expect(read({ label: '3', value: 3, best: 5, worst: 1 }).status).toBe('disputed');
    expect(read({ label: '2', value: 2, best: 5, worst: 1 }).status).toBe('false');
    // schema.org's default scale is 1 (worst) to 5 (best).
    expect(read({ label: 'Grade E', value: 1 })).toMatchObject({ status: 'false', mappedBy: 'scale' });
    // An inverted scale (0 best, 10 worst) reads the same way round.
    expect(read({ label: 'x', value: 1, best: 0, worst: 10 }).status).toBe('verified');
    expect(read({ label: 'Zany', value: 9, best: 5, worst: 1 })).toMatchObject({
      status: 'unverifiable',
      mappedBy: 'fallback',
    });
    expect(read({ label: 'Zany' }).mappedBy).toBe('fallback');
    // A known label wins over the number beside it.
    expect(read({ label: 'False', value: 5, best: 5, worst: 1 })).toMatchObject({ status: 'false', mappedBy: 'label' });
  });

  it("takes the editor's changes: overrides, new labels, resets, and the fallback", () => {
    let mapping = changeMapping(BUILT_IN, {
      set: [
        { label: 'Satire', status: 'false' },
        { label: 'Zany', status: 'disputed' },
      ],
      fallback: 'disputed',
    });
    const read = ratingReader(mapping);
    expect(read({ label: 'satire' }).status).toBe('false');
    expect(read({ label: 'ZANY' }).status).toBe('disputed');
    expect(read({ label: 'Whatever' })).toMatchObject({ status: 'disputed', mappedBy: 'fallback' });
    expect(mappingEntries(mapping).find((e) => e.label === 'Satire')).toEqual({
      label: 'Satire',
      status: 'false',
      builtIn: false,
    });
    mapping = changeMapping(mapping, { reset: ['SATIRE'], set: [{ label: 'True', status: 'verified' }] });
    expect(ratingReader(mapping)({ label: 'Satire' }).status).toBe('unverifiable');
    // Mapping a built-in label to its own status stores nothing.
    expect(mapping.labels).toEqual([{ label: 'Zany', status: 'disputed' }]);
  });
});
