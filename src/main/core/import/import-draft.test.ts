import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits';
import { importDraft } from './import-draft';
import { listItem, makeDocx, para, run } from './make-docx';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('importDraft: plain text', () => {
  it('reads UTF-8 text with or without BOM, normalizing line ends and blank lines', async () => {
    const plain = await importDraft('budget.txt', utf8('City budget\r\n\r\n\r\nThe council met.  \r\nIt voted.\r\n'));
    expect(plain).toMatchObject({
      text: 'City budget\n\nThe council met.\nIt voted.',
      format: 'txt',
      title: 'City budget',
    });
    expect((await importDraft('a.txt', utf8('\uFEFFCafé crème'))).text).toBe('Café crème');
  });

  it('takes no direction control into the title, and keeps them in the text', async () => {
    const spoof = await importDraft('a.txt', utf8('Invoice evil\u202Egnp.exe\n\nBody.'));
    expect(spoof).toMatchObject({ title: 'Invoice evilgnp.exe', text: 'Invoice evil\u202Egnp.exe\n\nBody.' });
    expect((await importDraft('b\u202E.txt', utf8('\u202E\u2066\n\nBody.'))).title).toBe('b');
  });

  it('reads UTF-16 with a BOM, both byte orders', async () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Zoë said 5%', 'utf16le')]);
    expect((await importDraft('a.txt', le)).text).toBe('Zoë said 5%');
    const beBody = Buffer.from('Zoë', 'utf16le').swap16();
    expect((await importDraft('a.txt', new Uint8Array([0xfe, 0xff, ...beBody]))).text).toBe('Zoë');
  });

  it('refuses Windows-1252 bytes with ENCODING, and reads them when that encoding is chosen', async () => {
    const latin = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]);
    await expect(importDraft('old.txt', latin)).rejects.toMatchObject({
      code: 'ENCODING',
      message: expect.stringMatching(/not UTF-8/),
    });
    expect((await importDraft('old.txt', latin, { encoding: 'windows-1252' })).text).toBe('Café “q”');
  });

  it('refuses binary, unsupported and oversized files before parsing', async () => {
    await expect(importDraft('x.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).rejects.toMatchObject({
      code: 'UNSUPPORTED_FILE',
    });
    await expect(importDraft('draft.pdf', utf8('x'))).rejects.toMatchObject({
      code: 'UNSUPPORTED_FILE',
      message: expect.stringMatching(/\.pdf cannot be opened/),
    });
    await expect(importDraft('big.txt', new Uint8Array(LIMITS.importFileBytes + 1))).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
    await expect(importDraft('blank.md', utf8('\n\n   \n'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('importDraft: Markdown and HTML', () => {
  it('reduces Markdown to paragraphs, takes the first heading as title and drops raw HTML', async () => {
    const md = [
      '# Port traffic doubles',
      '',
      'The **port** handled [1.2 million](https://example.org) containers.',
      '',
      '<script>alert(1)</script>',
      '',
      '- first point',
      '- second point',
      '',
      '> A quoted line',
    ].join('\n');
    const result = await importDraft('port.md', utf8(md));
    expect(result).toMatchObject({ title: 'Port traffic doubles', format: 'md' });
    expect(result.text).toBe(
      'Port traffic doubles\n\nThe port handled 1.2 million containers.\n\n• first point\n\n• second point\n\nA quoted line',
    );
  });

  it('sanitizes HTML from a CMS and keeps its structure as paragraphs', async () => {
    const html = `<!doctype html><html><head><title>Bridge repairs delayed</title><style>p{color:red}</style>
      <script>window.hacked = 1</script></head><body onload="steal()">
      <h1>Bridge repairs <em>delayed</em></h1>
      <p class="lede">The state said <a href="https://dot.example/report">the report</a> found 14 cracks.<img src="https://tracker.example/p.gif"></p>
      <ul><li>Cost: $2.1 million</li><li>Start: <a href="javascript:alert(1)">May</a></li></ul>
      <blockquote><p>"It is safe," the engineer said.</p></blockquote>
      <iframe src="https://evil.example"></iframe><table><tr><th>Year</th><th>Cracks</th></tr><tr><td>2024</td><td>14</td></tr></table>
      </body></html>`;
    const result = await importDraft('story.html', utf8(html));
    expect(result.title).toBe('Bridge repairs delayed');
    expect(result.text).toBe(
      'Bridge repairs delayed\n\nThe state said the report found 14 cracks.\n\n• Cost: $2.1 million\n\n• Start: May\n\n"It is safe," the engineer said.\n\nYear | Cracks\n\n2024 | 14',
    );
    expect(result.links).toEqual([{ text: 'the report', url: 'https://dot.example/report' }]);
    expect(result.text).not.toMatch(/hacked|steal|color|evil/);
  });

  it('refuses markup nested thousands of levels deep', async () => {
    await expect(importDraft('deep.html', utf8('<div>'.repeat(5000) + 'x'))).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/nested more than/),
    });
  });
});

describe('importDraft: Word', () => {
  const body = [
    para(run('Council approves water budget'), 'Heading1'),
    para(
      `${run('The council approved ')}<w:ins w:id="1" w:author="Ed" w:date="2025-10-14T09:00:00Z">${run('$38 million ')}</w:ins><w:del w:id="2" w:author="Ed" w:date="2025-10-14T09:00:00Z"><w:r><w:delText>$36 million </w:delText></w:r></w:del>${run('on Tuesday.')}<w:r><w:footnoteReference w:id="1"/></w:r>`,
    ),
    para(
      `${run('See ')}<w:hyperlink r:id="rIdL">${run('the report')}</w:hyperlink>${run(' and ')}<w:hyperlink r:id="rIdJ">${run('this')}</w:hyperlink>.`,
    ),
    listItem('Water: $38 million'),
    listItem('Sewers: $12 million'),
    `<w:tbl><w:tr><w:tc>${para(run('Year'))}</w:tc><w:tc>${para(run('Budget'))}</w:tc></w:tr><w:tr><w:tc>${para(run('2025'))}</w:tc><w:tc>${para(run('$38m'))}</w:tc></w:tr></w:tbl>`,
  ].join('');
  const docx = makeDocx({
    lists: true,
    body,
    title: 'Water budget',
    comments: [{ author: 'Rosa', text: 'Check the figure with the clerk' }],
    footnotes: ['Minutes of 14 October.'],
  });

  it('keeps headings, tables, footnotes as notes, links as metadata and comments apart', async () => {
    const result = await importDraft('budget.docx', docx);
    expect(result).toMatchObject({ format: 'docx', title: 'Water budget', trackedChanges: 'accepted', notes: 1 });
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs[0]).toBe('Council approves water budget');
    expect(paragraphs[1]).toBe('The council approved $38 million on Tuesday.[1]');
    expect(paragraphs).toContain('• Water: $38 million');
    expect(paragraphs).toContain('• Sewers: $12 million');
    expect(paragraphs).toContain('Year | Budget');
    expect(paragraphs).toContain('2025 | $38m');
    expect(paragraphs.slice(-2)).toEqual(['Notes', '[1] Minutes of 14 October.']);
    expect(result.links).toEqual([{ text: 'the report', url: 'https://example.org/report' }]);
    expect(result.comments).toEqual([
      { author: 'Rosa', date: '2025-10-14T09:00:00Z', text: 'Check the figure with the clerk' },
    ]);
    expect(result.text).not.toContain('Check the figure');
  });

  it('rejects every tracked change when asked', async () => {
    const result = await importDraft('budget.docx', docx, { trackedChanges: 'reject' });
    expect(result.trackedChanges).toBe('rejected');
    expect(result.text.split('\n\n')[1]).toBe('The council approved $36 million on Tuesday.[1]');
  });

  it('says what a file really is when it is not a Word document', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(importDraft('photo.docx', png)).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringMatching(/looks like a PNG image/),
    });
    await expect(importDraft('empty.docx', new Uint8Array())).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringMatching(/empty/),
    });
    await expect(importDraft('cut.docx', docx.subarray(0, docx.length >> 1))).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
    });
  });
});
