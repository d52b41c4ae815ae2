import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { makeDocx, para, run } from '../import/make-docx';
import { extractDocumentText, type ExtractedText } from './document-text';
import { pdfFile, pdfStream, textPdf } from './pdf-bytes';
import { pagedHtml, printPdf } from './print-pdf';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function textOf(result: ExtractedText): Extract<ExtractedText, { state: 'text' }> {
  if (result.state !== 'text') throw new Error(`expected text, got ${JSON.stringify(result)}`);
  return result;
}

const pageText = (result: Extract<ExtractedText, { state: 'text' }>, page: number): string => {
  const span = result.pages!.find((p) => p.page === page)!;
  return result.text.slice(span.start, span.end);
};

/** A 1×1 grey PNG: a page that is only a picture, as a scan is. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==';

describe('extractDocumentText', () => {
  it('reads a PDF printed by Chromium page by page, with its paragraphs', { timeout: 60_000 }, async () => {
    const pdf = await printPdf(
      pagedHtml([
        '<p>Aardvark census figures for the northern district.</p><p>A second paragraph on the first page.</p>',
        '<p>Budget hearing record of the Senate committee.</p>',
        '<p>Cormorant nesting survey, final page.</p>',
      ]),
    );
    const result = textOf(await extractDocumentText(pdf, 'report.pdf'));
    expect(result.pages?.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pageText(result, 1)).toContain('Aardvark census');
    expect(pageText(result, 1)).not.toContain('Budget');
    expect(pageText(result, 2)).toBe('Budget hearing record of the Senate committee.');
    expect(pageText(result, 3)).toBe('Cormorant nesting survey, final page.');
    const paragraphs = result.paragraphs.map((p) => result.text.slice(p.start, p.end));
    expect(paragraphs).toEqual([
      'Aardvark census figures for the northern district.',
      'A second paragraph on the first page.',
      'Budget hearing record of the Senate committee.',
      'Cormorant nesting survey, final page.',
    ]);
  });

  it('joins the lines of a paragraph and splits paragraphs at a wider gap', async () => {
    const pdf = textPdf([['The committee met on Tuesday', 'and heard three witnesses.', '', 'Its report came later.']]);
    const result = textOf(await extractDocumentText(pdf, 'lines.pdf'));
    expect(result.text).toBe('The committee met on Tuesday and heard three witnesses.\n\nIts report came later.');
    expect(result.pages).toEqual([{ page: 1, start: 0, end: result.text.length }]);
  });

  it('reports a PDF of pictures only (a scan) as having no text, not as an error', { timeout: 60_000 }, async () => {
    const pdf = await printPdf(
      pagedHtml([`<img src="${PIXEL}" width="400" height="500">`, `<img src="${PIXEL}" width="300">`]),
    );
    expect(await extractDocumentText(pdf, 'scan.pdf')).toEqual({ state: 'no-text', reason: 'scanned pages' });
  });

  it('keeps an empty page as an empty span between the pages around it', async () => {
    const blank = pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>`,
      pdfStream('0 0 m 10 10 l S'),
    ]);
    expect(await extractDocumentText(blank, 'blank.pdf')).toEqual({ state: 'no-text', reason: 'scanned pages' });
    const result = textOf(await extractDocumentText(textPdf([['First page'], [], ['Third page']]), 'gap.pdf'));
    expect(result.pages).toEqual([
      { page: 1, start: 0, end: 10 },
      { page: 2, start: 12, end: 12 },
      { page: 3, start: 12, end: 22 },
    ]);
  });

  it('reads Word, HTML, Markdown, plain text and CSV with their paragraphs', async () => {
    const docx = makeDocx({ body: para(run('First Word paragraph.')) + para(run('Second Word paragraph.')) });
    const cases: [string, Uint8Array, string[]][] = [
      ['memo.docx', docx, ['First Word paragraph.', 'Second Word paragraph.']],
      ['page.html', utf8('<h1>Title</h1><p>Body <b>text</b>.</p><script>x()</script>'), ['Title', 'Body text.']],
      ['notes.md', utf8('# Heading\n\nSome *words* here.'), ['Heading', 'Some words here.']],
      ['plain.txt', utf8('One.\r\n\r\n\r\nTwo.'), ['One.', 'Two.']],
      ['table.csv', utf8('year,count\n2024,12\n'), ['year,count', '2024,12']],
    ];
    for (const [name, bytes, expected] of cases) {
      const result = textOf(await extractDocumentText(bytes, name));
      expect(
        result.paragraphs.map((p) => result.text.slice(p.start, p.end)),
        name,
      ).toEqual(expected);
      expect(result.pages, name).toBeUndefined();
    }
  });

  it('says there is nothing to read in a text file of blank lines, and refuses other types', async () => {
    expect(await extractDocumentText(utf8('\n\n  \n'), 'blank.txt')).toEqual({
      state: 'no-text',
      reason: 'the file holds no words',
    });
    await expect(extractDocumentText(utf8('x'), 'photo.png')).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' });
    await expect(extractDocumentText(utf8('x'.repeat(100)), 'big.txt', 10)).rejects.toBeInstanceOf(AppError);
  });
});
