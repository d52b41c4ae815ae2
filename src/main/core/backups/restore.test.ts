import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Article, ArticleSummary, Claim } from '../../../shared/model';
import type { Core } from '../open-core';
import { ValidatedJsonFile } from '../store/validated-json-file';
import { snapshotDir, tempDir } from '../test-helpers';
import { newArticle, open, testClock } from './backup-test-helpers';
import { call, callRefused } from '../call';

/** The data files only (library.json and articles/), by hash. */
async function dataFiles(dir: string): Promise<Record<string, string>> {
  const all = await snapshotDir(dir);
  return Object.fromEntries(
    Object.entries(all).filter(([path]) => path === 'library.json' || path.startsWith(`articles`)),
  );
}

/** The data files a snapshot holds, keyed as in the data folder. */
async function filesOfSnapshot(dir: string, id: string): Promise<Record<string, string>> {
  const all = await snapshotDir(join(dir, 'backups', id));
  delete all['manifest.json'];
  return all;
}

async function checkedArticle(core: Core, title: string): Promise<{ article: Article; claim: Claim }> {
  const article = await newArticle(core, title);
  const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 37 });
  const source = await call(core.dispatch, 'sources.create', { kind: 'document', title: `${title} log` });
  await call(core.dispatch, 'claims.addEvidence', { claimId: claim.id, sourceId: source.id, relation: 'supports' });
  await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified' });
  return { article, claim };
}

describe('restoring a backup', () => {
  it('brings back the backed-up state, and restoring the pre-restore backup brings back the exact bytes', async () => {
    const dir = await tempDir();
    const clock = testClock();
    const core = await open(dir, clock.now);
    const { article, claim } = await checkedArticle(core, 'Ferry');
    const earlier = await call(core.dispatch, 'backups.create', {});

    clock.advance(5);
    await call(core.dispatch, 'claims.setStatus', {
      claimId: claim.id,
      status: 'false',
      note: 'The log says otherwise.',
    });
    const later = await newArticle(core, 'Harbor');
    await call(core.dispatch, 'sources.create', { kind: 'web', title: 'Port authority' });
    await core.store.idle();
    const laterBytes = await dataFiles(dir);
    const laterFile = await readFile(join(dir, 'articles', `${later.id}.json`));

    clock.advance(5);
    const { restored, undo } = await call(core.dispatch, 'backups.restore', { id: earlier.id });
    expect(restored).toEqual(earlier);
    expect(undo).toMatchObject({ reason: 'pre-restore', articleCount: 2 });
    expect(await dataFiles(dir)).toEqual(await filesOfSnapshot(dir, earlier.id));
    expect((await call(core.dispatch, 'articles.list', {})).map((a) => a.title)).toEqual(['Ferry']);
    expect((await call(core.dispatch, 'articles.get', { id: article.id })).claims[0]?.status).toBe('verified');
    expect((await call(core.dispatch, 'sources.list', {})).map((s) => s.title)).toEqual(['Ferry log']);
    // The article the backup does not hold went to trash/, unchanged.
    const trashed = await readdir(join(dir, 'trash'));
    expect(trashed).toEqual([expect.stringMatching(new RegExp(`^${later.id}\\.\\d+\\.json$`))]);
    expect(await readFile(join(dir, 'trash', trashed[0]!))).toEqual(laterFile);

    clock.advance(5);
    const undone = await call(core.dispatch, 'backups.restore', { id: undo.id });
    expect(undone.restored).toEqual(undo);
    expect(await dataFiles(dir)).toEqual(laterBytes);
    expect((await call(core.dispatch, 'articles.get', { id: later.id })).title).toBe('Harbor');
    expect((await call(core.dispatch, 'articles.get', { id: article.id })).claims[0]?.status).toBe('false');
    await core.close();
  });

  it('forgets what the store held in memory: the next change builds on the restored state', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    const { article, claim } = await checkedArticle(core, 'Ferry');
    const earlier = await call(core.dispatch, 'backups.create', {});
    await call(core.dispatch, 'claims.setStatus', {
      claimId: claim.id,
      status: 'false',
      note: 'The log says otherwise.',
    });
    await call(core.dispatch, 'articles.rename', { id: article.id, title: 'Renamed later' });
    await call(core.dispatch, 'backups.restore', { id: earlier.id });

    await call(core.dispatch, 'claims.update', { claimId: claim.id, notes: 'checked again' });
    await core.store.idle();
    const onDisk = JSON.parse(await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8')) as {
      article: Article;
    };
    expect(onDisk.article.title).toBe('Ferry');
    expect(onDisk.article.claims[0]).toMatchObject({ status: 'verified', notes: 'checked again' });
    const library = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')) as { articles: ArticleSummary[] };
    expect(library.articles.map((a) => a.title)).toEqual(['Ferry']);
    await core.close();
  });

  it('ignores a read of the old files that finishes after the restore', async () => {
    const dir = await tempDir();
    let core = await open(dir);
    const { article, claim } = await checkedArticle(core, 'Ferry');
    const earlier = await call(core.dispatch, 'backups.create', {});
    await call(core.dispatch, 'articles.rename', { id: article.id, title: 'Later' });
    await core.close();
    core = await open(dir);
    await core.backups.settled();

    // The first read of the article (the old file) is held until the restore is done.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const read = ValidatedJsonFile.prototype.read;
    const spy = vi.spyOn(ValidatedJsonFile.prototype, 'read').mockImplementationOnce(async function (
      this: ValidatedJsonFile<unknown>,
    ) {
      const data = await read.call(this);
      await held;
      return data;
    });
    const late = core.dispatch('articles.get', { id: article.id });
    await call(core.dispatch, 'backups.restore', { id: earlier.id });
    release();
    await late;
    spy.mockRestore();

    await call(core.dispatch, 'claims.update', { claimId: claim.id, notes: 'after the restore' });
    expect((await call(core.dispatch, 'articles.get', { id: article.id })).title).toBe('Ferry');
    const onDisk = JSON.parse(await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8')) as {
      article: Article;
    };
    expect(onDisk.article).toMatchObject({ title: 'Ferry', claims: [{ notes: 'after the restore' }] });
    await core.close();
  });

  it('refuses ids that are malformed or unknown, leaving the data folder byte-identical', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    await checkedArticle(core, 'Ferry');
    const real = await call(core.dispatch, 'backups.create', {});
    await core.store.idle();
    const before = await snapshotDir(dir);
    const refusals: [unknown, string][] = [
      [{ id: '..' }, 'INVALID_INPUT'],
      [{ id: '../library.json' }, 'INVALID_INPUT'],
      [{ id: `${real.id}/..` }, 'INVALID_INPUT'],
      [{ id: `pre-migration` }, 'INVALID_INPUT'],
      [{ id: real.id.replace('manual', 'x') }, 'INVALID_INPUT'],
      [{ id: '' }, 'INVALID_INPUT'],
      [{ id: real.id, extra: 1 }, 'INVALID_INPUT'],
      [{}, 'INVALID_INPUT'],
      [{ id: '2020-01-01T00-00-00-000Z-manual' }, 'NOT_FOUND'],
    ];
    for (const [payload, code] of refusals) {
      const result = await core.dispatch('backups.restore', payload);
      expect(result.ok || result.error.code, JSON.stringify(payload)).toBe(code);
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(15);
    }
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });

  it('refuses a damaged backup before anything is replaced', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    const { article } = await checkedArticle(core, 'Ferry');
    const good = await call(core.dispatch, 'backups.create', {});
    await call(core.dispatch, 'articles.rename', { id: article.id, title: 'Later' });
    const articleCopy = join(dir, 'backups', good.id, 'articles', `${article.id}.json`);
    const original = await readFile(articleCopy, 'utf8');
    const damages: [string, () => Promise<void>, RegExp][] = [
      ['cut short', () => writeFile(articleCopy, original.slice(0, 200)), /articles\/a\w+\.json has changed/],
      [
        'edited, still valid JSON',
        () => writeFile(articleCopy, original.replace('"Ferry"', '"Fairy"')),
        /has changed since it was backed up/,
      ],
      ['missing', () => rm(articleCopy), /is missing/],
      [
        'unreadable manifest',
        () => writeFile(join(dir, 'backups', good.id, 'manifest.json'), '{"format":'),
        /list of files cannot be read/,
      ],
    ];
    for (const [what, damage, message] of damages) {
      await rm(articleCopy, { force: true });
      await writeFile(articleCopy, original);
      await damage();
      await core.store.idle();
      const before = await snapshotDir(dir);
      const result = await core.dispatch('backups.restore', { id: good.id });
      expect(result.ok || result.error.code, what).toBe('CORRUPT_FILE');
      if (!result.ok) expect(result.error.message, what).toMatch(message);
      expect(await snapshotDir(dir), what).toEqual(before);
    }
    await core.close();
  });

  it('refuses a backup whose file matches its hash but is not a usable data file', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    const { article } = await checkedArticle(core, 'Ferry');
    await core.store.idle();
    // Damaged before it was backed up: the snapshot is faithful, so it holds the damage too.
    await writeFile(join(dir, 'articles', `${article.id}.json`), '{"schemaVersion":1,"article":{"id":1}}');
    const damaged = await call(core.dispatch, 'backups.create', {});
    const before = await snapshotDir(dir);
    const result = await callRefused(core.dispatch, 'backups.restore', { id: damaged.id });
    expect(result).toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringMatching(/does not match the expected shape.*nothing was restored/),
    });
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });
});
