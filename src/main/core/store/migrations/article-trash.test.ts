import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listBackups } from '../../backups/snapshot';
import { call } from '../../call';
import { openCore } from '../../open-core';
import { TEST_RESOURCES, tempDir } from '../../test-helpers';
import { ARTICLE_SCHEMA_VERSION, articleFileSchema } from '../file-schemas';
import { ValidatedJsonFile } from '../validated-json-file';
import { articleMigrations } from '.';
import { MigrationError } from './migrate';

const TEXT = 'The ferry carried 4,100 people in May.\n\nFares will rise by 3%.';

/** A library with one article and one deleted claim; returns the article file's path. */
async function libraryWithTrash(dir: string): Promise<{ path: string; articleId: string }> {
  const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
  const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: TEXT });
  const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 38 });
  await call(core.dispatch, 'claims.delete', { claimId: claim.id, reason: 'Tagged twice' });
  await core.close();
  return { path: join(dir, 'articles', `${article.id}.json`), articleId: article.id };
}

describe('article files: schema 2 keeps the article’s trash', () => {
  it('a file is written as schema 2, with its deleted claims', async () => {
    const dir = await tempDir();
    const { path } = await libraryWithTrash(dir);
    const stored = JSON.parse(await readFile(path, 'utf8')) as { schemaVersion: number; article: unknown };
    expect(ARTICLE_SCHEMA_VERSION).toBe(2);
    expect(stored.schemaVersion).toBe(2);
    expect(stored.article).toMatchObject({ claims: [], trashedClaims: [{ deleted: { reason: 'Tagged twice' } }] });
  });

  it('a schema 1 file is upgraded when read, its original kept and a snapshot taken first', async () => {
    const dir = await tempDir();
    const { path, articleId } = await libraryWithTrash(dir);
    const current = JSON.parse(await readFile(path, 'utf8')) as { article: { trashedClaims?: unknown } };
    delete current.article.trashedClaims;
    const original = JSON.stringify({ schemaVersion: 1, article: current.article });
    await writeFile(path, original);

    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.get', { id: articleId });
    await core.close();
    expect(article.title).toBe('Ferry');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ schemaVersion: 2, article: current.article });
    const kept = await readdir(join(dir, 'backups', 'pre-migration'));
    expect(kept).toEqual([expect.stringMatching(new RegExp(`^${articleId}\\.json\\.schema-1\\.`))]);
    expect(await readFile(join(dir, 'backups', 'pre-migration', kept[0]!), 'utf8')).toBe(original);
    expect((await listBackups(dir)).map((b) => b.reason)).toContain('pre-migration');
  });

  it('an app that reads only schema 1 refuses the file as newer and leaves it untouched', async () => {
    const dir = await tempDir();
    const { path } = await libraryWithTrash(dir);
    const bytes = await readFile(path);
    // The previous release: the same reader, its schema and its (empty) list of upgrades.
    const olderApp = new ValidatedJsonFile(path, {
      label: 'The article file',
      schema: articleFileSchema.extend({ schemaVersion: z.literal(1) }),
      migrations: articleMigrations.filter((m) => m.from < 1),
      schemaVersion: 1,
      backupDir: join(dir, 'backups', 'pre-migration'),
    });
    const refusal = await olderApp.read().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(MigrationError);
    expect(refusal).toMatchObject({ failure: 'newer' });
    expect((refusal as Error).message).toMatch(/written by a newer version of the workbench/);
    expect(await readFile(path)).toEqual(bytes);
  });
});
