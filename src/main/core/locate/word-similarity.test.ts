import { describe, expect, it } from 'vitest';
import { editDistance, substitutionCost } from './word-similarity';

describe('word similarity', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('harbour', 'harbour')).toBe(0);
    expect(editDistance('harbour', 'harbor')).toBe(1);
    expect(editDistance('storm', 'strom')).toBe(1);
    expect(editDistance('vote', 'note')).toBe(1);
    expect(editDistance('', 'pier')).toBe(4);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('charges a typo less than a different word, and a worse typo more', () => {
    expect(substitutionCost('testimony', 'testimony')).toBe(0);
    const oneEdit = substitutionCost('testimony', 'testimoney');
    const twoEdits = substitutionCost('testimony', 'tstimoney');
    expect(oneEdit).toBeGreaterThan(0);
    expect(twoEdits).toBeGreaterThan(oneEdit);
    expect(twoEdits).toBeLessThan(1);
    expect(substitutionCost('testimony', 'evidence')).toBe(1);
  });

  it('treats any change to a figure as a different word', () => {
    expect(substitutionCost('12', '14')).toBe(1);
    expect(substitutionCost('2024', '2025')).toBe(1);
    expect(substitutionCost('covid19', 'covid20')).toBe(1);
  });
});
