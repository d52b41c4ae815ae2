import { describe, expect, it } from 'vitest';
import { CHECKWORTHY } from './score';
import { suggestClaims } from './suggest';

describe('suggestClaims', () => {
  it('lists every sentence in text order with tagged, dismissed and new flags', () => {
    const text =
      'Budget vote delayed\n\nThe council spent $4 million in 2024. Thank you all.\n\nFares rose 12 percent.';
    const result = suggestClaims(text, {
      claims: [{ start: text.indexOf('Fares'), end: text.length }],
      dismissed: new Set(['Thank you all.']),
      previous: 'The council spent $4 million in 2024.',
    });
    expect(result.map((s) => [s.text, s.tagged, s.dismissed, s.isNew])).toEqual([
      ['Budget vote delayed', false, false, true],
      ['The council spent $4 million in 2024.', false, false, false],
      ['Thank you all.', false, true, true],
      ['Fares rose 12 percent.', true, false, true],
    ]);
    for (const s of result) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.checkworthy).toBe(s.score >= CHECKWORTHY);
    }
    expect(result[3]!.checkworthy).toBe(true);
    expect(result[2]!.checkworthy).toBe(false);
  });
});
