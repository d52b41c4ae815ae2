import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim, Source } from '../../../shared/model';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES, snapshotDir, tempDir } from '../test-helpers';
import { call, callRefused } from '../call';
import { makeDocx, para, run } from '../import/make-docx';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(40, 7)]);
const b64 = (bytes: Buffer): string => bytes.toString('base64');

async function withSources(
  openFile?: (path: string) => Promise<void>,
): Promise<{ core: Core; dir: string; a: Source; b: Source }> {
  const dir = await tempDir();
  const core = await openCore({ dataDir: dir, resources: { ...TEST_RESOURCES, ...(openFile ? { openFile } : {}) } });
  const a = await call(core.dispatch, 'sources.create', { kind: 'document', title: 'Audit 2024' });
  const b = await call(core.dispatch, 'sources.create', { kind: 'document', title: 'Audit 2024 (copy)' });
  return { core, dir, a, b };
}

describe('attachments', () => {
  it('stores a file once by its content, however often and to whichever sources it is attached', async () => {
    const { core, dir, a, b } = await withSources();
    const once = await call(core.dispatch, 'sources.attach', {
      sourceId: a.id,
      fileName: 'audit.pdf',
      dataBase64: b64(PDF),
    });
    const twice = await call(core.dispatch, 'sources.attach', {
      sourceId: a.id,
      fileName: 'audit-again.PDF',
      dataBase64: b64(PDF),
    });
    await call(core.dispatch, 'sources.attach', { sourceId: b.id, fileName: 'copy.pdf', dataBase64: b64(PDF) });
    await call(core.dispatch, 'sources.attach', { sourceId: b.id, fileName: 'chart.png', dataBase64: b64(PNG) });
    expect(twice.attachments).toEqual(once.attachments);
    expect(once.attachments).toEqual([
      expect.objectContaining({
        fileName: 'audit.pdf',
        extension: 'pdf',
        mediaType: 'application/pdf',
        bytes: PDF.length,
      }),
    ]);
    const stored = (await readdir(join(dir, 'attachments'))).sort();
    expect(stored).toHaveLength(2);
    const sha = once.attachments![0]!.sha256;
    expect(stored).toContain(`${sha}.pdf`);
    expect(await readFile(join(dir, 'attachments', `${sha}.pdf`))).toEqual(PDF);

    const download = await call(core.dispatch, 'sources.attachment', {
      sourceId: a.id,
      sha256: sha,
    });
    expect(Buffer.from(download.dataBase64, 'base64')).toEqual(PDF);
    expect(download).toMatchObject({ fileName: 'audit.pdf', mediaType: 'application/pdf' });

    // Unlinking keeps the file: the other source still has it, and nothing is erased anyway.
    const detached = await call(core.dispatch, 'sources.detach', { sourceId: a.id, sha256: sha });
    expect(detached.attachments).toBeUndefined();
    expect(await readdir(join(dir, 'attachments'))).toHaveLength(2);
    await core.close();
  });

  it('keeps Word files and saved web pages, reads their text, and never opens a web page in the system browser', async () => {
    const opened: string[] = [];
    const { core, a } = await withSources(async (path) => void opened.push(path));
    const docx = Buffer.from(makeDocx({ body: para(run('The minister said the harbour survey was funded in full.')) }));
    const html = Buffer.from('<html><body><p>Press release.</p><p>Ferries resume on Monday.</p></body></html>');
    await call(core.dispatch, 'sources.attach', { sourceId: a.id, fileName: 'statement.docx', dataBase64: b64(docx) });
    const source = await call(core.dispatch, 'sources.attach', {
      sourceId: a.id,
      fileName: 'release.htm',
      dataBase64: b64(html),
    });
    expect(source.attachments!.map((f) => [f.fileName, f.extension])).toEqual([
      ['statement.docx', 'docx'],
      ['release.htm', 'html'],
    ]);
    const [word, page] = source.attachments!;
    expect((await core.sourceText.readSourceText(word!))?.text).toContain('harbour survey was funded');
    expect((await core.sourceText.readSourceText(page!))?.text).toBe('Press release.\n\nFerries resume on Monday.');
    expect(await call(core.dispatch, 'sources.openAttachment', { sourceId: a.id, sha256: page!.sha256 })).toEqual({
      opened: false,
    });
    expect(await call(core.dispatch, 'sources.openAttachment', { sourceId: a.id, sha256: word!.sha256 })).toEqual({
      opened: true,
    });
    expect(opened).toHaveLength(1);
    await core.close();
  });

  it('refuses types it will not open, files whose bytes do not match their name, and empty files — writing nothing', async () => {
    const { core, dir, a } = await withSources();
    await core.store.idle();
    const before = await snapshotDir(dir);
    const refused: [string, Buffer, string][] = [
      ['run.exe', Buffer.from('MZ\x90\x00'), 'UNSUPPORTED_FILE'],
      ['fake.docx', Buffer.from('<html>not a Word file</html>'), 'UNSUPPORTED_FILE'],
      ['fake.pdf', Buffer.from('<html>not a pdf</html>'), 'UNSUPPORTED_FILE'],
      ['fake.png', PDF, 'UNSUPPORTED_FILE'],
      ['binary.txt', Buffer.from([0x41, 0x00, 0x42]), 'UNSUPPORTED_FILE'],
      ['noextension', PDF, 'UNSUPPORTED_FILE'],
      ['empty.pdf', Buffer.alloc(0), 'INVALID_INPUT'],
    ];
    for (const [fileName, bytes, code] of refused) {
      const error = await callRefused(core.dispatch, 'sources.attach', {
        sourceId: a.id,
        fileName,
        dataBase64: b64(bytes),
      });
      expect(error.code, fileName).toBe(code);
      expect(error.message).toContain(fileName);
    }
    expect(
      (
        await callRefused(core.dispatch, 'sources.attach', {
          sourceId: 'snope',
          fileName: 'a.pdf',
          dataBase64: b64(PDF),
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (await callRefused(core.dispatch, 'sources.attachment', { sourceId: a.id, sha256: 'f'.repeat(64) })).code,
    ).toBe('NOT_FOUND');
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });

  it('opens the intact stored file through the platform where it can; removing a file flags settled claims', async () => {
    const opened: string[] = [];
    const { core, dir, a, b } = await withSources(async (path) => {
      opened.push(path);
    });
    const article = await call(core.dispatch, 'articles.create', {
      title: 'Audit',
      text: 'The audit found 12 errors.',
    });
    const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 26 });
    await call(core.dispatch, 'claims.addEvidence', { claimId: claim.id, sourceId: a.id, relation: 'supports' });
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified' });
    const source = await call(core.dispatch, 'sources.attach', {
      sourceId: a.id,
      fileName: 'audit.pdf',
      dataBase64: b64(PDF),
    });
    const status = async (): Promise<Claim> =>
      (await call(core.dispatch, 'articles.get', { id: article.id })).claims[0]!;
    // Adding the document takes nothing away from what the claim was checked against.
    expect((await status()).status).toBe('verified');
    const sha = source.attachments![0]!.sha256;
    expect(await call(core.dispatch, 'sources.openAttachment', { sourceId: a.id, sha256: sha })).toEqual({
      opened: true,
    });
    expect(opened).toEqual([join(dir, 'attachments', `${sha}.pdf`)]);
    expect(opened[0]!.startsWith(dir + sep)).toBe(true);

    // A stored file changed behind the workbench's back is never handed to the system.
    await writeFile(join(dir, 'attachments', `${sha}.pdf`), '<html><script>alert(1)</script></html>');
    const tampered = await callRefused(core.dispatch, 'sources.openAttachment', { sourceId: a.id, sha256: sha });
    expect(tampered).toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringMatching(/changed since it was attached/),
    });
    expect(opened).toHaveLength(1);
    expect((await callRefused(core.dispatch, 'sources.attachment', { sourceId: a.id, sha256: sha })).code).toBe(
      'CORRUPT_FILE',
    );
    await writeFile(join(dir, 'attachments', `${sha}.pdf`), PDF);

    await call(core.dispatch, 'sources.attach', { sourceId: b.id, fileName: 'copy.pdf', dataBase64: b64(PDF) });
    await call(core.dispatch, 'sources.detach', { sourceId: a.id, sha256: sha });
    const after = await status();
    expect(after.status).toBe('needs-recheck');
    expect(after.history.at(-1)?.note).toMatch(/audit\.pdf was removed/);
    await core.close();

    const browser = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    expect(await call(browser.dispatch, 'sources.openAttachment', { sourceId: b.id, sha256: sha })).toEqual({
      opened: false,
    });
    await browser.close();
  });
});
