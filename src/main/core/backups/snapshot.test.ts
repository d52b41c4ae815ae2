import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../domain/summary';
import { openCore } from '../open-core';
import { snapshotDir, tempDir, TEST_RESOURCES } from '../test-helpers';
import { newArticle, open, readJson, snapshotFiles, testClock } from './backup-test-helpers';
import { captureDataFiles, listBackups, writeSnapshot } from './snapshot';
import { call, callRefused } from '../call';

describe('snapshots', () => {
  it('copies library.json and the article files, and nothing else, with a manifest', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    const kept = await newArticle(core, 'Kept');
    const deleted = await newArticle(core, 'Deleted');
    await call(core.dispatch, 'articles.delete', { id: deleted.id });
    await writeFile(join(dir, 'articles', 'notes.txt'), 'not a data file');
    const backup = await call(core.dispatch, 'backups.create', {});
    await core.close();

    expect(backup).toMatchObject({ reason: 'manual', articleCount: 1, fileCount: 2 });
    const data = await snapshotDir(dir);
    const inSnapshot = Object.keys(data)
      .filter((path) => path.startsWith(join('backups', backup.id)))
      .sort();
    expect(inSnapshot).toEqual([
      join('backups', backup.id, 'articles', `${kept.id}.json`),
      join('backups', backup.id, 'library.json'),
      join('backups', backup.id, 'manifest.json'),
    ]);
    for (const file of ['library.json', join('articles', `${kept.id}.json`)]) {
      expect(data[join('backups', backup.id, file)]).toBe(data[file]);
    }
    const manifest = await readJson<{ files: { bytes: number }[] }>(join(dir, 'backups', backup.id, 'manifest.json'));
    expect(backup.bytes).toBe(manifest.files.reduce((sum, f) => sum + f.bytes, 0));
    expect(backup.bytes).toBe(
      (await stat(join(dir, 'library.json'))).size + (await stat(join(dir, 'articles', `${kept.id}.json`))).size,
    );
  });

  it('shares files the store has not replaced since the last snapshot, and copies a same-size change anew', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    const kept = await newArticle(core, 'Kept');
    const renamed = await newArticle(core, 'Ferry');
    const first = await call(core.dispatch, 'backups.create', {});
    // Same length, other words: only the store's replacement of the file (a new inode) tells them apart.
    await call(core.dispatch, 'articles.rename', { id: renamed.id, title: 'Feral' });
    await core.store.idle();
    const second = await call(core.dispatch, 'backups.create', {});
    await core.close();
    const inode = async (id: string, path: string): Promise<number> => (await stat(join(dir, 'backups', id, path))).ino;
    const keptPath = join('articles', `${kept.id}.json`);
    const renamedPath = join('articles', `${renamed.id}.json`);
    expect(await inode(second.id, keptPath)).toBe(await inode(first.id, keptPath));
    expect(await inode(second.id, renamedPath)).not.toBe(await inode(first.id, renamedPath));
    expect(await readFile(join(dir, 'backups', second.id, renamedPath))).toEqual(
      await readFile(join(dir, renamedPath)),
    );
    const manifest = await readJson<{ files: { path: string; source?: { ino: number } }[] }>(
      join(dir, 'backups', second.id, 'manifest.json'),
    );
    const entry = manifest.files.find((f) => f.path === `articles/${renamed.id}.json`);
    expect(entry?.source?.ino).toBe((await stat(join(dir, renamedPath))).ino);
  });

  it('captures the folder between two writes while writes queue before and after it', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    const article = await newArticle(core);
    const retitle = (title: string): Promise<void> =>
      core.store.updateArticle(article.id, (draft) => {
        draft.title = title;
      });
    const before = [1, 2, 3, 4, 5].map((n) => retitle(`before ${n}`));
    const snapshot = core.backups.create('manual');
    const after = [1, 2, 3, 4, 5].map((n) => retitle(`after ${n}`));
    await Promise.all([...before, ...after]);
    const { id } = await snapshot;

    const copy = await snapshotFiles(dir, id, article.id);
    expect(copy.article.title).toBe('before 5');
    // The article list (written a moment after the article, normally) was brought up to date first.
    expect(copy.library.articles).toEqual([summarize(copy.article)]);
    const live = await readJson<{ article: { title: string } }>(join(dir, 'articles', `${article.id}.json`));
    expect(live.article.title).toBe('after 5');
    await core.close();
  });

  it('copies the files as they were captured, whatever is written between capture and copy', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    const article = await newArticle(core, 'captured');
    const capture = await core.store.withExclusive(() => captureDataFiles(dir, new Date().toISOString()));
    for (const title of ['later', 'later still'])
      await call(core.dispatch, 'articles.rename', { id: article.id, title });
    await core.store.idle();
    const backup = await writeSnapshot(dir, capture, 'manual');
    const copy = await snapshotFiles(dir, backup.id, article.id);
    expect(copy.article.title).toBe('captured');
    expect(copy.library.articles.map((a) => a.title)).toEqual(['captured']);
    await core.close();
  });

  it('shares unchanged files with the previous snapshot instead of copying them again', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    const still = await newArticle(core, 'Unchanged');
    const moving = await newArticle(core, 'Changing');
    const first = await call(core.dispatch, 'backups.create', {});
    await call(core.dispatch, 'articles.rename', { id: moving.id, title: 'Changed' });
    const second = await call(core.dispatch, 'backups.create', {});
    await core.close();

    const inode = async (id: string, articleId: string): Promise<number> =>
      (await stat(join(dir, 'backups', id, 'articles', `${articleId}.json`))).ino;
    expect(await inode(second.id, still.id)).toBe(await inode(first.id, still.id));
    expect(await inode(second.id, moving.id)).not.toBe(await inode(first.id, moving.id));
    expect((await snapshotFiles(dir, second.id, moving.id)).article.title).toBe('Changed');
    expect((await snapshotFiles(dir, first.id, moving.id)).article.title).toBe('Changing');
  });

  it('never lists a snapshot that was not finished, and clears it away on the next start', async () => {
    const dir = await tempDir();
    let core = await open(dir);
    await newArticle(core);
    await core.store.idle();
    const unfinished = await captureDataFiles(dir, new Date().toISOString());
    // A folder named like a snapshot but without its manifest is not one either.
    await mkdir(join(dir, 'backups', '2026-11-30T09-00-00-000Z-manual'), { recursive: true });
    expect(await call(core.dispatch, 'backups.list', {})).toEqual([]);
    await core.close();

    core = await open(dir);
    await core.backups.settled();
    const names = await readdir(join(dir, 'backups'));
    expect(names).not.toContain(unfinished.folder.split(/[\\/]/).pop());
    expect((await call(core.dispatch, 'backups.list', {})).map((b) => b.reason)).toEqual(['start']);
    await core.close();
  });

  it('takes one on start when the folder has data, none for an empty folder', async () => {
    const dir = await tempDir();
    const clock = testClock();
    let core = await open(dir, clock.now);
    await core.backups.settled();
    expect(await call(core.dispatch, 'backups.list', {})).toEqual([]);
    const article = await newArticle(core);
    await core.close();

    clock.advance(60);
    core = await open(dir, clock.now);
    await core.backups.settled();
    const [start, ...others] = await call(core.dispatch, 'backups.list', {});
    expect(others).toEqual([]);
    expect(start).toMatchObject({ reason: 'start', time: clock.now(), articleCount: 1 });
    expect(await readFile(join(dir, 'backups', start!.id, 'articles', `${article.id}.json`), 'utf8')).toBe(
      await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8'),
    );
    await core.close();
  });

  it('waits with the start-up one while only reads are made, and takes it before the first write', async () => {
    const dir = await tempDir();
    let core = await open(dir);
    const article = await newArticle(core, 'As it was at start');
    await core.close();
    const before = await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8');

    core = await open(dir);
    await call(core.dispatch, 'articles.list', {});
    await call(core.dispatch, 'articles.get', { id: article.id });
    await core.store.idle();
    // Nothing captured yet, not even an unfinished snapshot.
    expect(await readdir(join(dir, 'backups')).catch(() => [])).toEqual([]);
    await call(core.dispatch, 'articles.rename', { id: article.id, title: 'Renamed' });
    await core.backups.settled();
    const [start, ...others] = await call(core.dispatch, 'backups.list', {});
    expect(others).toEqual([]);
    expect(start?.reason).toBe('start');
    expect(await readFile(join(dir, 'backups', start!.id, 'articles', `${article.id}.json`), 'utf8')).toBe(before);
    await core.close();
  });

  it('after a change, takes one when the last is 15 minutes old, never sooner', async () => {
    const dir = await tempDir();
    const clock = testClock();
    const core = await open(dir, clock.now);
    const article = await newArticle(core);
    const rename = async (title: string): Promise<string[]> => {
      await call(core.dispatch, 'articles.rename', { id: article.id, title });
      await core.store.idle();
      await core.backups.settled();
      return (await call(core.dispatch, 'backups.list', {})).map((b) => b.reason);
    };

    clock.advance(14);
    expect(await rename('at 14 minutes')).toEqual([]);
    clock.advance(1);
    expect(await rename('at 15 minutes')).toEqual(['activity']);
    const [first] = await call(core.dispatch, 'backups.list', {});
    expect((await snapshotFiles(dir, first!.id, article.id)).article.title).toBe('at 15 minutes');

    clock.advance(10);
    expect(await rename('at 25 minutes')).toEqual(['activity']);
    await call(core.dispatch, 'backups.create', {});
    clock.advance(14);
    expect(await rename('14 minutes after the manual one')).toEqual(['manual', 'activity']);
    clock.advance(1);
    expect(await rename('15 minutes after it')).toEqual(['activity', 'manual', 'activity']);
    await core.close();
  });

  it('refuses to back up a folder opened read-only', async () => {
    const dir = await tempDir();
    const writer = await open(dir);
    await newArticle(writer);
    await writer.close();
    const before = await snapshotDir(dir);
    const reader = await openCore({ dataDir: dir, resources: TEST_RESOURCES, lock: false });
    const refused = await callRefused(reader.dispatch, 'backups.create', {});
    expect(refused.code).toBe('READ_ONLY');
    await reader.close();
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('lists snapshots newest first with what the Backups screen shows', async () => {
    const dir = await tempDir();
    const clock = testClock();
    const core = await open(dir, clock.now);
    await newArticle(core);
    const older = await call(core.dispatch, 'backups.create', {});
    clock.advance(1);
    await newArticle(core, 'Second');
    const newer = await call(core.dispatch, 'backups.create', {});
    const listed = await listBackups(dir);
    expect(listed).toEqual([newer, older]);
    expect(newer).toMatchObject({ articleCount: 2, fileCount: 3, reason: 'manual' });
    expect(newer.bytes).toBeGreaterThan(older.bytes);
    await core.close();
  });
});
