import { describe, expect, it } from 'vitest';
import { makeDocx, para, run } from '../import/make-docx';
import { openCore } from '../open-core';
import { snapshotDir, tempDir, TEST_RESOURCES } from '../test-helpers';
import { call } from '../call';

const b64 = (data: Uint8Array | string): string => Buffer.from(data).toString('base64');

const DOCX = makeDocx({
  title: 'Harbour dredging',
  body: para(run('Dredging will cost $4.2 million, the port said.')),
  comments: [{ author: 'Sam', text: 'Ask the port for the contract' }],
});

describe('imports through the API', () => {
  it('previews without storing, then imports a Word file with its comments kept on the version', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const before = await snapshotDir(dir);
    const preview = await call(core.dispatch, 'import.preview', {
      fileName: 'port.docx',
      dataBase64: b64(DOCX),
    });
    expect(preview).toMatchObject({
      title: 'Harbour dredging',
      format: 'docx',
      words: 8,
      paragraphs: 1,
      trackedChanges: false,
    });
    expect(await snapshotDir(dir)).toEqual(before);

    const article = await call(core.dispatch, 'articles.import', { fileName: 'port.docx', dataBase64: b64(DOCX) });
    expect(article.versions[0]).toMatchObject({
      format: 'docx',
      fileName: 'port.docx',
      comments: [{ author: 'Sam', text: 'Ask the port for the contract' }],
    });
    await core.close();
  });

  it('leaves the store byte-identical after every rejected import, each with its code', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'T', text: 'Body.' });
    await call(core.dispatch, 'settings.update', { importLimitMb: 1 });
    const before = await snapshotDir(dir);
    const cases: [string, unknown, string][] = [
      ['articles.import', { fileName: 'x.docx', dataBase64: b64('not a zip') }, 'CORRUPT_FILE'],
      ['articles.import', { fileName: 'x.txt', dataBase64: b64(new Uint8Array([0xff, 0xfe, 0x00, 0xd8])) }, 'ENCODING'],
      ['articles.import', { fileName: 'x.txt', dataBase64: b64(new Uint8Array(1_500_000).fill(97)) }, 'TOO_LARGE'],
      ['articles.import', { fileName: 'x.rtf', dataBase64: b64('{\\rtf1}') }, 'UNSUPPORTED_FILE'],
      ['articles.import', { fileName: 'x.txt', dataBase64: 'not base64!' }, 'INVALID_INPUT'],
      [
        'versions.import',
        { articleId: article.id, fileName: 'v2.docx', dataBase64: b64(new Uint8Array()) },
        'CORRUPT_FILE',
      ],
      ['import.preview', { fileName: 'deep.html', dataBase64: b64('<b>'.repeat(1000)) }, 'TOO_LARGE'],
    ];
    for (const [method, payload, code] of cases) {
      const result = await core.dispatch(method, payload);
      expect(result.ok || result.error.code, `${method} ${JSON.stringify(payload).slice(0, 60)}`).toBe(code);
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(20);
    }
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });
});
