import { describe, expect, it } from 'vitest';
import { segmentSentences } from './sentences';

const split = (text: string): string[] => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('does not end a sentence at common abbreviations', () => {
    for (const abbr of ['U.S.', 'Mr.', 'Sen.', 'Gen.', 'Feb.', 'No.', 'St.', 'Dr.']) {
      const text = `The report cites ${abbr} Harper in the annex. It was filed late.`;
      expect(split(text), abbr).toEqual([`The report cites ${abbr} Harper in the annex.`, 'It was filed late.']);
    }
  });

  it('keeps initials and decimals inside the sentence', () => {
    expect(split('John F. Kennedy spoke. Rates rose 3.5 percent to 4.25. Then they fell.')).toEqual([
      'John F. Kennedy spoke.',
      'Rates rose 3.5 percent to 4.25.',
      'Then they fell.',
    ]);
  });

  it('keeps a quotation that spans sentences together with its attribution', () => {
    expect(split('“We will finish. We always do,” Mayor Ruiz said. The vote is Friday.')).toEqual([
      '“We will finish. We always do,” Mayor Ruiz said.',
      'The vote is Friday.',
    ]);
    expect(split('"It works." She left.')).toEqual(['"It works."', 'She left.']);
  });

  it('ends a sentence at every line break: headings and bullet lines', () => {
    expect(split('Budget vote delayed\n• Cost: $4 million\n• Start: May\nThe council met. It adjourned.')).toEqual([
      'Budget vote delayed',
      '• Cost: $4 million',
      '• Start: May',
      'The council met.',
      'It adjourned.',
    ]);
  });

  it('splits at question and exclamation marks, and returns exact offsets', () => {
    const text = 'Is it true?  Yes!\n\nIt is.';
    const spans = segmentSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Is it true?', 'Yes!', 'It is.']);
    expect(spans[2]).toEqual({ start: 19, end: 25 });
  });

  it('does not split before a lower-case word', () => {
    expect(split('The plan, approx. ten pages, was sent.')).toEqual(['The plan, approx. ten pages, was sent.']);
    expect(split('He said ok. and left.')).toEqual(['He said ok. and left.']);
  });
});
