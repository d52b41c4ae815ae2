import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx, para, run } from '../import/make-docx';
import { tempDir } from '../test-helpers';
import { textPdf } from '../source-text/pdf-bytes';
import { readDocumentText } from './document-text';

async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, content);
  return path;
}

const paragraphTexts = (doc: { text: string; paragraphs: { start: number; end: number }[] }): string[] =>
  doc.paragraphs.map((r) => doc.text.slice(r.start, r.end));

describe('reading a document’s text for the locator', () => {
  it('keeps a .txt file’s own text but for the byte order mark and CRLF line ends', async () => {
    const own = 'Harbour log  \r\n\r\nThe pier\tleaked.\u0007 Twice.\r\n\r\n\r\n  Cranes came.\n';
    const doc = await readDocumentText(await fileWith('log.txt', `\uFEFF${own}`));
    expect(doc.text).toBe(own.replace(/\r\n/g, '\n'));
    expect(paragraphTexts(doc)).toEqual(['Harbour log', 'The pier\tleaked.\u0007 Twice.', 'Cranes came.']);
  });

  it('reads a UTF-16 .txt file with its byte order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ibáñez spoke.', 'utf16le')]);
    expect((await readDocumentText(await fileWith('note.txt', bytes))).text).toBe('Ibáñez spoke.');
  });

  it('reads Markdown, HTML and Word through the importers, one paragraph per block', async () => {
    const md = await readDocumentText(await fileWith('a.md', '# Hearing\n\nThe *chair* opened it.\n\n- one item\n'));
    expect(paragraphTexts(md)).toEqual(['Hearing', 'The chair opened it.', '• one item']);
    const html = await readDocumentText(
      await fileWith('a.html', '<h1>Hearing</h1><p>The chair <b>opened</b> it.</p><script>x()</script><p>Done.</p>'),
    );
    expect(paragraphTexts(html)).toEqual(['Hearing', 'The chair opened it.', 'Done.']);
    expect(html.text).toBe('Hearing\n\nThe chair opened it.\n\nDone.');
    const docx = await readDocumentText(
      await fileWith('a.docx', makeDocx({ body: para(run('First paragraph.')) + para(run('Second one.')) })),
    );
    expect(paragraphTexts(docx)).toEqual(['First paragraph.', 'Second one.']);
  });

  it('reads a PDF page by page, and refuses a damaged one with a code', async () => {
    const pdf = await readDocumentText(await fileWith('report.pdf', textPdf([['Page one.'], ['Page two.']])));
    expect(pdf.pages!.map((page) => pdf.text.slice(page.start, page.end))).toEqual(['Page one.', 'Page two.']);
    await expect(readDocumentText(await fileWith('broken.pdf', '%PDF-1.4\n'))).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
    });
  });

  it('refuses a missing file and an unknown kind of file with a code', async () => {
    const dir = await tempDir();
    await expect(readDocumentText(join(dir, 'gone.txt'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readDocumentText(await fileWith('data.xlsx', 'x'))).rejects.toMatchObject({
      code: 'UNSUPPORTED_FILE',
    });
    await expect(readDocumentText(await fileWith('bad.txt', Buffer.from([0xc3, 0x28])))).rejects.toMatchObject({
      code: 'ENCODING',
    });
  });
});
