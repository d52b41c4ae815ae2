import { readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-helpers';
import { newArticle, open, testClock } from './backup-test-helpers';
import { describeBackup } from './describe';
import { call, callRefused } from '../call';

/**
 * Damages an article file as, say, a disk fault would, leaving its time older than library.json:
 * the store then meets it only when the article is opened (a newer one is checked at start-up).
 */
async function damage(dir: string, articleId: string, bytes: string): Promise<void> {
  const path = join(dir, 'articles', `${articleId}.json`);
  await writeFile(path, bytes);
  await utimes(path, new Date(2020, 0, 1), new Date(2020, 0, 1));
}

describe('a damaged data file', () => {
  it('is reported with the newest backup that holds a good copy of it', async () => {
    const dir = await tempDir();
    const clock = testClock();
    let core = await open(dir, clock.now);
    const article = await newArticle(core);
    const good = await call(core.dispatch, 'backups.create', {});
    await core.close();
    await damage(dir, article.id, '{"schemaVersion":1,"article":');

    clock.advance(30);
    core = await open(dir, clock.now);
    await core.backups.settled();
    // The start-up snapshot copied the damaged file as it was, so it is not the one offered.
    const [start] = await call(core.dispatch, 'backups.list', {});
    expect(start?.reason).toBe('start');
    const opened = await core.dispatch('articles.get', { id: article.id });
    expect(opened.ok || opened.error.code).toBe('CORRUPT_FILE');
    const message = opened.ok ? '' : opened.error.message;
    expect(message).toContain('is not valid JSON');
    expect(message).toContain(`is from ${describeBackup(good)}`);
    expect(message).toContain('Settings → Backups');
    expect(message).not.toContain(describeBackup(start!));

    const refused = await callRefused(core.dispatch, 'backups.restore', { id: start!.id });
    expect(refused.code).toBe('CORRUPT_FILE');
    await call(core.dispatch, 'backups.restore', { id: good.id });
    expect((await call(core.dispatch, 'articles.get', { id: article.id })).title).toBe('Ferry');
    await core.close();
  });

  it('says so when no backup holds a good copy', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    const article = await newArticle(core);
    await core.store.idle();
    await core.close();
    await damage(dir, article.id, 'garbage');
    const reopened = await open(dir);
    const opened = await callRefused(reopened.dispatch, 'articles.get', { id: article.id });
    expect(opened.message).toMatch(/moved to .*No backup holds a good copy of it yet\.$/);
    await reopened.close();
  });

  it('set aside at start-up, is reported as damaged, with the backup to restore', async () => {
    const dir = await tempDir();
    let core = await open(dir);
    const article = await newArticle(core);
    const good = await call(core.dispatch, 'backups.create', {});
    await core.close();
    // Newer than library.json: the start-up check reads it and moves it aside.
    await writeFile(join(dir, 'articles', `${article.id}.json`), '{');
    core = await open(dir);
    expect((await readdir(join(dir, 'articles'))).some((name) => name.includes('.damaged-'))).toBe(true);
    const opened = await callRefused(core.dispatch, 'articles.get', { id: article.id });
    expect(opened).toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringMatching(/was found damaged\. It was moved to .*\.damaged-/),
    });
    expect(opened.message).toContain(`The newest backup with a good copy of it is from ${describeBackup(good)}`);
    await core.close();
  });

  it('at start-up (library.json), names the backup; after a restart the editor can restore it', async () => {
    const dir = await tempDir();
    let core = await open(dir);
    await newArticle(core);
    await call(core.dispatch, 'sources.create', { kind: 'web', title: 'Port authority' });
    const good = await call(core.dispatch, 'backups.create', {});
    await core.close();
    await writeFile(join(dir, 'library.json'), '{"schemaVersion":1,"articles":[],"sources":7,"settings":{}}');

    const failed = await open(dir).then(
      () => undefined,
      (error: Error & { code?: string }) => error,
    );
    expect(failed).toMatchObject({ code: 'CORRUPT_FILE' });
    expect(failed?.message).toContain(`is from ${describeBackup(good)}`);
    expect((await readdir(dir)).some((name) => name.startsWith('library.json.damaged-'))).toBe(true);

    // The damaged index was moved aside: the workbench starts, the article list rebuilt from its files.
    core = await open(dir);
    expect(await call(core.dispatch, 'sources.list', {})).toEqual([]);
    await call(core.dispatch, 'backups.restore', { id: good.id });
    expect((await call(core.dispatch, 'sources.list', {})).map((s) => s.title)).toEqual(['Port authority']);
    await core.close();
  });
});
