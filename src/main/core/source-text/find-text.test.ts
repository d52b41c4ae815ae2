import { describe, expect, it } from 'vitest';
import { spanIndexAt } from '../../../shared/text-shape';
import { findInDocuments, MATCHES_PER_DOCUMENT, type SearchableDocument } from './find-text';
import { foldQuery, foldWithOrigin } from './folded-text';
import { layoutText, paragraphSpans } from './text-layout';

function document(title: string, pages: string[][], paged = true): SearchableDocument {
  const text = layoutText(pages, paged);
  return {
    sourceId: title.toLowerCase(),
    sourceTitle: title,
    sha256: 'a'.repeat(64),
    fileName: `${title}.pdf`,
    text,
    folded: foldWithOrigin(text.text),
  };
}

describe('find in documents', () => {
  it('finds a phrase across case, accents and line breaks, with its page, paragraph and a marked snippet', () => {
    const doc = document('Hearing', [['Opening.'], ['Intro paragraph.', 'The Señor told\nthe COMMITTEE so.']]);
    const [match, ...rest] = findInDocuments([doc], 'senor told the committee', 10);
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ sourceTitle: 'Hearing', page: 2, paragraph: 3 });
    expect(doc.text.text.slice(match!.offset, match!.offset + 24)).toBe('Señor told\nthe COMMITTEE');
    expect(match!.snippet).toBe('The Señor told the COMMITTEE so.');
    expect(match!.snippet.slice(match!.match.start, match!.match.end)).toBe('Señor told the COMMITTEE');
  });

  it('maps offsets back where folding changes the length ("İ" lowers to two units)', () => {
    const doc = document('Turkish', [['İstanbul and then Ankara.']], false);
    const [match] = findInDocuments([doc], 'ankara', 10);
    expect(doc.text.text.slice(match!.offset, match!.offset + 6)).toBe('Ankara');
    expect(match!.page).toBeUndefined();
    expect(match!.snippet.slice(match!.match.start, match!.match.end)).toBe('Ankara');
  });

  it('cuts long paragraphs around the match and caps the places per document and in all', () => {
    const long = `${'lorem '.repeat(40)}needle${' ipsum'.repeat(40)}`;
    const [match] = findInDocuments([document('Long', [[long]])], 'needle', 10);
    expect(match!.snippet.startsWith('…')).toBe(true);
    expect(match!.snippet.endsWith('…')).toBe(true);
    expect(match!.snippet.length).toBeLessThan(160);
    expect(match!.snippet.slice(match!.match.start, match!.match.end)).toBe('needle');
    const many = document('Many', [Array.from({ length: 50 }, () => 'word')]);
    expect(findInDocuments([many], 'word', 100)).toHaveLength(MATCHES_PER_DOCUMENT);
    expect(findInDocuments([many, document('More', [['word']])], 'word', 5)).toHaveLength(5);
    expect(findInDocuments([many], '   ', 5)).toEqual([]);
  });

  it('lays out pages and paragraphs, and finds the span holding an offset', () => {
    const laid = layoutText([['a', 'bb'], [], ['ccc']], true);
    expect(laid.text).toBe('a\n\nbb\n\nccc');
    expect(laid.paragraphs).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 5 },
      { start: 7, end: 10 },
    ]);
    expect(laid.pages).toEqual([
      { page: 1, start: 0, end: 5 },
      { page: 2, start: 7, end: 7 },
      { page: 3, start: 7, end: 10 },
    ]);
    expect(spanIndexAt(laid.paragraphs, 4)).toBe(1);
    expect(spanIndexAt(laid.paragraphs, 0)).toBe(0);
    expect(paragraphSpans('One\n\nTwo\nlines\n\n\nThree')).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 14 },
      { start: 17, end: 22 },
    ]);
    expect(foldQuery('  Señor   Told ')).toBe('senor told');
  });
});
