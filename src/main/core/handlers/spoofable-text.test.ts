import { describe, expect, it } from 'vitest';
import { DEFAULT_CLAIM_REVIEW } from '../../../shared/report';
import { call, callRefused } from '../call';
import { openCore, type Core } from '../open-core';
import { snapshotDir, tempDir, TEST_RESOURCES } from '../test-helpers';

const RLO = '\u202E';
/** Every control the boundary strips, around a file name that would read "evilexe.png". */
const SPOOF = `\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061Cevil${RLO}gnp.exe`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function fresh(): Promise<{ core: Core; dir: string }> {
  const dir = await tempDir();
  return { core: await openCore({ dataDir: dir, resources: TEST_RESOURCES }), dir };
}

describe('names that would display as something else', () => {
  it('lose their direction controls at the boundary; a draft and notes keep theirs', async () => {
    const { core } = await fresh();
    const text = `Fares rose ${RLO}12 percent.`;
    const article = await call(core.dispatch, 'articles.create', { title: SPOOF, text, desk: SPOOF });
    expect(article.title).toBe('evilgnp.exe');
    expect(article.desk).toBe('evilgnp.exe');
    expect(article.versions[0]!.text).toBe(text);
    expect((await call(core.dispatch, 'articles.rename', { id: article.id, title: `${SPOOF}2` })).title).toBe(
      'evilgnp.exe2',
    );
    const added = await call(core.dispatch, 'versions.add', { articleId: article.id, text, label: SPOOF });
    expect(added.article.versions.at(-1)!.label).toBe('evilgnp.exe');

    const source = await call(core.dispatch, 'sources.create', {
      kind: 'web',
      title: SPOOF,
      author: SPOOF,
      publisher: SPOOF,
      notes: SPOOF,
    });
    expect([source.title, source.author, source.publisher]).toEqual(['evilgnp.exe', 'evilgnp.exe', 'evilgnp.exe']);
    expect(source.notes).toBe(SPOOF);
    const renamed = await call(core.dispatch, 'sources.update', { id: source.id, title: `Report ${SPOOF}` });
    expect(renamed.title).toBe('Report evilgnp.exe');
    const attached = await call(core.dispatch, 'sources.attach', {
      sourceId: source.id,
      fileName: `audit${RLO}fdp.pdf`,
      dataBase64: PDF.toString('base64'),
    });
    expect(attached.attachments![0]!.fileName).toBe('auditfdp.pdf');

    const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 5 });
    const updated = await call(core.dispatch, 'claims.update', {
      claimId: claim.id,
      assignee: SPOOF,
      verdict: SPOOF,
      notes: SPOOF,
    });
    expect([updated.assignee, updated.verdict, updated.notes]).toEqual(['evilgnp.exe', 'evilgnp.exe', SPOOF]);
    const judged = await call(core.dispatch, 'claims.setStatus', {
      claimId: claim.id,
      status: 'false',
      verdict: SPOOF,
    });
    expect(judged.verdict).toBe('evilgnp.exe');

    const settings = await call(core.dispatch, 'settings.update', {
      editorName: SPOOF,
      claimReview: { ...DEFAULT_CLAIM_REVIEW, organizationName: SPOOF, verdicts: { false: { label: SPOOF } } },
    });
    expect(settings.editorName).toBe('evilgnp.exe');
    expect(settings.claimReview?.organizationName).toBe('evilgnp.exe');
    expect(settings.claimReview?.verdicts.false?.label).toBe('evilgnp.exe');
    await core.close();
  });

  it('a title made only of direction controls is empty, and refused', async () => {
    const { core, dir } = await fresh();
    await core.store.idle();
    const before = await snapshotDir(dir);
    const error = await callRefused(core.dispatch, 'articles.create', { title: `${RLO}\u2066 \u2069`, text: 'Text.' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/title.*must not be empty/);
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });

  it('a source address must parse as http(s) with a host, without credentials or hidden characters', async () => {
    const { core, dir } = await fresh();
    await core.store.idle();
    const before = await snapshotDir(dir);
    for (const url of [
      'http://',
      'https://exa mple.org',
      'https://example.org@evil.example/',
      `https://ex${RLO}.org`,
    ]) {
      const error = await callRefused(core.dispatch, 'sources.create', { kind: 'web', title: 'Page', url });
      expect(error.code, url).toBe('INVALID_INPUT');
      expect(error.message, url).toMatch(/url.*web address/);
    }
    expect(await snapshotDir(dir)).toEqual(before);
    const ok = await call(core.dispatch, 'sources.create', {
      kind: 'web',
      title: 'Page',
      url: 'https://example.org/a',
    });
    expect(ok.url).toBe('https://example.org/a');
    await core.close();
  });
});
