import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, callRefused } from '../call';
import { openCore, type Core } from '../open-core';
import { hostilePdfCorpus } from '../source-text/hostile-pdf-corpus';
import { pagedHtml, printPdf } from '../source-text/print-pdf';
import { TEST_RESOURCES, snapshotDir, tempDir } from '../test-helpers';

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==';

let report: Uint8Array;
let scan: Uint8Array;

beforeAll(async () => {
  report = await printPdf(
    pagedHtml([
      '<p>Opening statement of the chair.</p>',
      '<p>The witness told the committee that the threat had grown.</p>',
      '<p>Closing remarks and adjournment.</p>',
    ]),
  );
  scan = await printPdf(pagedHtml([`<img src="${PIXEL}" width="400" height="500">`]));
}, 60_000);

async function openWith(dir: string): Promise<Core> {
  return openCore({ dataDir: dir, resources: TEST_RESOURCES });
}

describe('source texts', () => {
  it('reads an attached PDF once and finds its words with the page they are on', { timeout: 180_000 }, async () => {
    const dir = await tempDir();
    const core = await openWith(dir);
    const hearing = await call(core.dispatch, 'sources.create', { kind: 'testimony', title: 'Threat hearing' });
    const copy = await call(core.dispatch, 'sources.create', { kind: 'document', title: 'Archive copy' });
    const attached = await call(core.dispatch, 'sources.attach', {
      sourceId: hearing.id,
      fileName: 'hearing.pdf',
      dataBase64: b64(report),
    });
    await call(core.dispatch, 'sources.attach', { sourceId: copy.id, fileName: 'copy.pdf', dataBase64: b64(report) });
    // Read in the background after the attach (loading pdf.js through tsx takes a while here).
    await core.sourceText.settled();
    const { matches, reading } = await call(core.dispatch, 'sources.findText', { query: 'THREAT  had' });
    expect(reading).toBe(0);
    expect(matches.map((m) => [m.sourceTitle, m.fileName, m.page, m.paragraph])).toEqual([
      ['Archive copy', 'copy.pdf', 2, 2],
      ['Threat hearing', 'hearing.pdf', 2, 2],
    ]);
    const [first] = matches;
    expect(first!.snippet.slice(first!.match.start, first!.match.end)).toBe('threat had');
    const sha256 = attached.attachments![0]!.sha256;
    expect(await call(core.dispatch, 'sources.textStatus', {})).toEqual({
      [sha256]: { state: 'text', pages: 3, paragraphs: 3, chars: expect.any(Number) },
    });
    // One file, one text: the second source reuses what the first attach read.
    expect(await readdir(join(dir, 'attachments', 'text'))).toEqual([`${sha256}.json`]);
    const text = await core.sourceText.readSourceText(attached.attachments![0]!);
    expect(text?.pages?.map((p) => text.text.slice(p.start, p.end))).toEqual([
      'Opening statement of the chair.',
      'The witness told the committee that the threat had grown.',
      'Closing remarks and adjournment.',
    ]);
    await core.close();
  });

  it(
    'keeps a file it cannot read attached and says why, and a scan as having no text',
    { timeout: 180_000 },
    async () => {
      const dir = await tempDir();
      const core = await openWith(dir);
      const source = await call(core.dispatch, 'sources.create', { kind: 'document', title: 'Sealed' });
      const encrypted = hostilePdfCorpus().find((item) => item.name === 'encrypted.pdf')!.bytes;
      const withFile = await call(core.dispatch, 'sources.attach', {
        sourceId: source.id,
        fileName: 'sealed.pdf',
        dataBase64: b64(encrypted),
      });
      const withScan = await call(core.dispatch, 'sources.attach', {
        sourceId: source.id,
        fileName: 'scan.pdf',
        dataBase64: b64(scan),
      });
      expect(withScan.attachments?.map((a) => a.fileName)).toEqual(['sealed.pdf', 'scan.pdf']);
      await core.sourceText.settled();
      const status = await call(core.dispatch, 'sources.textStatus', {});
      expect(status[withFile.attachments![0]!.sha256]).toEqual({
        state: 'failed',
        code: 'UNSUPPORTED_FILE',
        message: 'sealed.pdf is protected by a password, so its text cannot be read.',
      });
      expect(status[withScan.attachments![1]!.sha256]).toEqual({ state: 'no-text', reason: 'scanned pages' });
      expect((await call(core.dispatch, 'sources.findText', { query: 'secret' })).matches).toEqual([]);
      await core.close();
    },
  );

  it(
    'reads again what is missing (a file from another machine of the desk), and refuses an empty query',
    { timeout: 180_000 },
    async () => {
      const dir = await tempDir();
      let core = await openWith(dir);
      const source = await call(core.dispatch, 'sources.create', { kind: 'document', title: 'Hearing' });
      const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(40, 7)]);
      await call(core.dispatch, 'sources.attach', { sourceId: source.id, fileName: 'h.pdf', dataBase64: b64(report) });
      const withImage = await call(core.dispatch, 'sources.attach', {
        sourceId: source.id,
        fileName: 'chart.png',
        dataBase64: b64(png),
      });
      await core.close();
      await rm(join(dir, 'attachments', 'text'), { recursive: true });
      core = await openWith(dir);
      const [pdf, image] = withImage.attachments!;
      expect(await call(core.dispatch, 'sources.textStatus', {})).toEqual({
        [pdf!.sha256]: { state: 'reading' },
        [image!.sha256]: { state: 'no-text', reason: 'an image' },
      });
      await core.sourceText.settled();
      expect((await call(core.dispatch, 'sources.textStatus', {}))[pdf!.sha256]).toMatchObject({
        state: 'text',
        pages: 3,
      });
      const before = await snapshotDir(dir);
      expect((await callRefused(core.dispatch, 'sources.findText', { query: '   ' })).code).toBe('INVALID_INPUT');
      expect(await snapshotDir(dir)).toEqual(before);
      await core.close();
    },
  );
});
