import { describe, expect, it } from 'vitest';
import { blankLineParagraphs, joinParagraphs, rangeNumberAt } from './paragraphs';

describe('paragraphs', () => {
  it('splits plain text at blank lines, even lines holding only spaces, but not at single line breaks', () => {
    const text = '\n\nFirst line\nstill first.\n\nSecond.\n  \t\n\n   Third.  \n';
    const ranges = blankLineParagraphs(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['First line\nstill first.', 'Second.', 'Third.']);
  });

  it('joins paragraphs with blank lines and knows where each one is', () => {
    const { text, ranges } = joinParagraphs(['One.', 'Two words.', 'Three.']);
    expect(text).toBe('One.\n\nTwo words.\n\nThree.');
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['One.', 'Two words.', 'Three.']);
  });

  it('numbers the paragraph an offset falls in, from 1', () => {
    const { ranges } = joinParagraphs(['One.', 'Two words.', 'Three.']);
    expect(rangeNumberAt(ranges, 0)).toBe(1);
    expect(rangeNumberAt(ranges, 3)).toBe(1);
    expect(rangeNumberAt(ranges, 6)).toBe(2);
    expect(rangeNumberAt(ranges, 15)).toBe(2);
    expect(rangeNumberAt(ranges, 18)).toBe(3);
    expect(rangeNumberAt([], 5)).toBeUndefined();
  });
});
