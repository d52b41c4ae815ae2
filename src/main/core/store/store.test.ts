import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Article, ArticleSummary } from '../../../shared/model';
import { openCore } from '../open-core';
import { tempDir, TEST_RESOURCES } from '../test-helpers';
import { call, callRefused } from '../call';
import { ValidatedJsonFile } from './validated-json-file';

/** Makes every write to a data file whose path ends with `name` fail as the disk would, with `code`. */
function failWrites(name: string, code: string) {
  const write = ValidatedJsonFile.prototype.write;
  return vi.spyOn(ValidatedJsonFile.prototype, 'write').mockImplementation(function (
    this: ValidatedJsonFile<unknown>,
    data: unknown,
  ) {
    if (!this.path.endsWith(name)) return write.call(this, data);
    return Promise.reject(Object.assign(new Error(code), { code }));
  });
}

const TEXT = 'The ferry carried 1.2 million people. Fares rose 12 percent.';

describe('store', () => {
  it('never loses a change when a read and a write reach an article that is not loaded yet', async () => {
    const dir = await tempDir();
    let core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: TEXT });
    await core.close();
    core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const [created] = await Promise.all([
      call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 10 }),
      call(core.dispatch, 'articles.get', { id: article.id }),
    ]);
    await call(core.dispatch, 'claims.create', { articleId: article.id, start: 38, end: 48 });
    const stored = JSON.parse(await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8')) as {
      article: Article;
    };
    expect(stored.article.claims.map((c) => c.id)).toContain(created.id);
    expect(stored.article.claims).toHaveLength(2);
    await core.close();
  });

  it('writes only the article on a claim change; the list follows, and is mended after a crash', async () => {
    const dir = await tempDir();
    let core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: TEXT });
    const listOnDisk = async (): Promise<ArticleSummary[]> =>
      (JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')) as { articles: ArticleSummary[] }).articles;
    const source = await call(core.dispatch, 'sources.create', { kind: 'web', title: 'Ferry timetable' });
    const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 10 });
    await call(core.dispatch, 'claims.addEvidence', { claimId: claim.id, sourceId: source.id, relation: 'supports' });
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified' });
    expect((await listOnDisk())[0]?.claimCount).toBe(0);
    expect((await call(core.dispatch, 'articles.list', {}))[0]).toMatchObject({
      claimCount: 1,
      verifiedCount: 1,
    });
    await core.store.idle();
    expect((await listOnDisk())[0]).toMatchObject({ claimCount: 1, verifiedCount: 1 });

    // A crash between the article write and the list write: the list on disk is behind.
    const write = failWrites('library.json', 'ENOSPC');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await call(core.dispatch, 'claims.create', { articleId: article.id, start: 38, end: 48 });
    await core.close();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('could not be saved'));
    write.mockRestore();
    logged.mockRestore();
    expect((await listOnDisk())[0]?.claimCount).toBe(1);

    core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    expect((await call(core.dispatch, 'articles.list', {}))[0]?.claimCount).toBe(2);
    expect((await listOnDisk())[0]?.claimCount).toBe(2);
    await core.close();
  });

  it('rebuilds list entries written before they carried counts per status and cited sources', async () => {
    const dir = await tempDir();
    let core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: TEXT });
    await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 10 });
    await core.close();
    const path = join(dir, 'library.json');
    const old = JSON.parse(await readFile(path, 'utf8')) as { articles: Partial<ArticleSummary>[] };
    for (const entry of old.articles) {
      delete entry.statusCounts;
      delete entry.sourceIds;
    }
    await writeFile(path, JSON.stringify(old));
    await utimes(join(dir, 'articles', `${article.id}.json`), new Date(2020, 0, 1), new Date(2020, 0, 1));
    core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    expect(core.store.listArticles()[0]).toMatchObject({ statusCounts: { unchecked: 1 }, sourceIds: [] });
    await core.close();
  });

  it('reports a full disk, an I/O error or a read-only folder in a sentence, and changes nothing', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: TEXT });
    const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 38, end: 48 });
    await core.store.idle();
    const expected: Record<string, RegExp> = {
      ENOSPC: /disk is full/,
      EIO: /input\/output error/,
      EROFS: /cannot be written to \(EROFS\)/,
      EACCES: /cannot be written to \(EACCES\)/,
    };
    const before = await readFile(join(dir, 'articles', `${article.id}.json`));
    for (const [code, sentence] of Object.entries(expected)) {
      const write = failWrites(`${article.id}.json`, code);
      const refused = await callRefused(core.dispatch, 'claims.update', {
        claimId: claim.id,
        notes: `tried with ${code}`,
      });
      expect(refused).toMatchObject({ code: 'STORAGE', message: expect.stringMatching(sentence) });
      expect(refused.message).toMatch(/was not saved/);
      write.mockRestore();
    }
    expect(await readFile(join(dir, 'articles', `${article.id}.json`))).toEqual(before);
    const after = await call(core.dispatch, 'articles.get', { id: article.id });
    expect(after.claims[0]!.notes).toBe('');
    await core.close();
  });

  it('leaves memory as it was when a write fails, so that nothing unsaved is ever shown', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: TEXT });
    const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 38, end: 48 });
    const write = failWrites(`${article.id}.json`, 'EIO');
    const failed = await callRefused(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 10 });
    expect(failed).toMatchObject({
      code: 'STORAGE',
      message: expect.stringMatching(/input\/output error/),
    });
    const refused = await core.dispatch('claims.setStatus', { claimId: claim.id, status: 'verified' });
    expect(refused.ok).toBe(false);
    const after = await call(core.dispatch, 'articles.get', { id: article.id });
    expect(after.claims.map((c) => [c.id, c.status, c.history.length])).toEqual([[claim.id, 'unchecked', 1]]);
    write.mockRestore();
    await core.close();
  });

  it('deletes an article whose file is damaged or gone', async () => {
    const dir = await tempDir();
    let core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: TEXT });
    await core.close();
    await rm(join(dir, 'articles', `${article.id}.json`));
    core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const opened = await callRefused(core.dispatch, 'articles.get', { id: article.id });
    expect(opened.code).toBe('NOT_FOUND');
    await call(core.dispatch, 'articles.delete', { id: article.id });
    expect(await call(core.dispatch, 'articles.list', {})).toEqual([]);
    await core.close();
  });

  it('keeps a deleted article deleted when its file could not be moved to trash', async () => {
    const dir = await tempDir();
    let core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: TEXT });
    await writeFile(join(dir, 'trash'), 'a file where the trash folder should be');
    await call(core.dispatch, 'articles.delete', { id: article.id });
    await core.close();
    core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    expect(await call(core.dispatch, 'articles.list', {})).toEqual([]);
    await core.close();
  });

  it('never writes when opened without the lock (read-only tools)', async () => {
    const dir = await tempDir();
    const writer = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(writer.dispatch, 'articles.create', { title: 'Ferry', text: TEXT });
    await call(writer.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 10 });
    const before = await readFile(join(dir, 'library.json'), 'utf8');
    const reader = await openCore({ dataDir: dir, resources: TEST_RESOURCES, lock: false });
    expect((await call(reader.dispatch, 'articles.list', {}))[0]?.claimCount).toBe(1);
    const refused = await callRefused(reader.dispatch, 'sources.create', { kind: 'web', title: 'x' });
    expect(refused.code).toBe('READ_ONLY');
    await reader.close();
    expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe(before);
    await writer.close();
  });
});
