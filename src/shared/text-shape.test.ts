import { describe, expect, it } from 'vitest';
import { countWords, paragraphSpans } from './text-shape';

describe('paragraphSpans', () => {
  it('splits at blank lines and keeps single line breaks inside a paragraph', () => {
    const text = 'One.\nStill one.\n\nTwo.\n\nThree.';
    expect(paragraphSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['One.\nStill one.', 'Two.', 'Three.']);
  });

  it('gives one empty span for empty text', () => {
    expect(paragraphSpans('')).toEqual([{ start: 0, end: 0 }]);
  });
});

describe('countWords', () => {
  it('counts words with numbers, apostrophes and decimals as one', () => {
    expect(countWords("The mayor's 3.5% rise — U.S. figures, 4,120 lines")).toBe(8);
  });
});
