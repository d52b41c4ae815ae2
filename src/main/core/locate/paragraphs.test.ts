import { describe, expect, it } from 'vitest';
import { blankLineParagraphs } from './paragraphs';

describe('paragraphs', () => {
  it('splits plain text at blank lines, even lines holding only spaces, but not at single line breaks', () => {
    const text = '\n\nFirst line\nstill first.\n\nSecond.\n  \t\n\n   Third.  \n';
    const ranges = blankLineParagraphs(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['First line\nstill first.', 'Second.', 'Third.']);
  });
});
