import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/errors';
import type { ArticleSummary } from '../../../shared/model';
import { AppError } from '../app-error';
import { summarize } from '../domain/summary';
import { openCore, type Core } from '../open-core';
import { snapshotDir, tempDir, TEST_RESOURCES } from '../test-helpers';
import { buildLibrary, DRAFT, type Library } from './corruption-library';
import { expectedOutcome, MUTANTS, type ExpectedOutcome, type Mutant } from './corruption-mutants';
import {
  ARTICLE_SCHEMA_VERSION,
  LIBRARY_SCHEMA_VERSION,
  articleFileSchema,
  libraryFileSchema,
  type ArticleFile,
  type LibraryFile,
} from './file-schemas';
import { call } from '../call';

/**
 * Every mutant of a real article file and of a real library.json, built by the core itself: reading
 * it must give the same data (a harmless change), refuse it untouched (a newer app's file), or move
 * it aside byte for byte with a coded error (damage), and the rest of the library must keep working.
 */

let pristine: Library;
beforeAll(async () => {
  pristine = await buildLibrary();
});

afterAll(async () => {
  await rm(pristine.dir, { recursive: true, force: true });
});

const AN_HOUR_AGO = new Date(Date.now() - 3_600_000);

/** A copy of the library whose article files are older than library.json (nothing to mend on start). */
async function copyLibrary(): Promise<string> {
  const dir = await tempDir();
  await cp(pristine.dir, dir, { recursive: true });
  for (const id of pristine.articles.keys())
    await utimes(join(dir, 'articles', `${id}.json`), AN_HOUR_AGO, AN_HOUR_AGO);
  return dir;
}

async function damagedFiles(dir: string): Promise<string[]> {
  const names = [...(await readdir(dir)), ...(await readdir(join(dir, 'articles'))).map((n) => join('articles', n))];
  return names.filter((n) => n.includes('.damaged-')).map((n) => join(dir, n));
}

const open = (dir: string): Promise<Core> => openCore({ dataDir: dir, resources: TEST_RESOURCES });

/** The library still works: untouched articles read as they were, and new writes are saved. */
async function expectLibraryWorks(core: Core, readable: readonly string[]): Promise<void> {
  for (const id of readable)
    expect(await call(core.dispatch, 'articles.get', { id })).toEqual(pristine.articles.get(id));
  const created = await call(core.dispatch, 'articles.create', { title: 'After the damage', text: DRAFT });
  await call(core.dispatch, 'claims.create', { articleId: created.id, start: 0, end: 47 });
  await call(core.dispatch, 'sources.create', { kind: 'web', title: 'A new source' });
  expect(await call(core.dispatch, 'articles.get', { id: created.id })).toMatchObject({
    claims: [{ status: 'unchecked' }],
  });
}

/** A coded error whose sentence matches `message` (or, given a string, contains it). */
function expectRefusal(result: ApiResult<unknown>, code: 'CORRUPT_FILE' | 'STORAGE', message: RegExp | string): void {
  const sentence = typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message);
  expect(result).toMatchObject({ ok: false, error: { code, message: sentence } });
}

const articleCases = MUTANTS.flatMap((mutant) => [
  { mutant, when: 'on first use' as const },
  { mutant, when: 'on start' as const },
]);

describe('a mutated article file', () => {
  it.each(articleCases)('$mutant.family: $mutant.name, read $when', async ({ mutant, when }) => {
    const { bytes, detail } = mutant.make(pristine.articleBytes);
    const expected = expectedOutcome(bytes, articleFileSchema, ARTICLE_SCHEMA_VERSION);
    const dir = await copyLibrary();
    const file = join(dir, 'articles', `${pristine.target}.json`);
    await writeFile(file, bytes);
    // Older than the list: read when first opened. Newer: read (and judged) while the list is mended on start.
    if (when === 'on first use') await utimes(file, AN_HOUR_AGO, AN_HOUR_AGO);
    const core = await open(dir);
    try {
      const read = await core.dispatch('articles.get', { id: pristine.target });
      if (expected.kind === 'valid') {
        expect(read, detail).toEqual({ ok: true, value: (expected.data as ArticleFile).article });
        expect(await readFile(file)).toEqual(bytes);
        expect(await damagedFiles(dir)).toEqual([]);
        await call(core.dispatch, 'articles.rename', { id: pristine.target, title: 'Renamed' });
        expect(await call(core.dispatch, 'articles.get', { id: pristine.target })).toMatchObject({ title: 'Renamed' });
      } else if (expected.kind === 'newer') {
        expectRefusal(read, 'STORAGE', /written by a newer version of the workbench/);
        expect((await core.dispatch('articles.rename', { id: pristine.target, title: 'x' })).ok).toBe(false);
        expect(await readFile(file)).toEqual(bytes);
        expect(await damagedFiles(dir)).toEqual([]);
      } else {
        const [aside, ...more] = await damagedFiles(dir);
        expect(more, detail).toEqual([]);
        expectRefusal(read, 'CORRUPT_FILE', aside!);
        expect(await readFile(aside!)).toEqual(bytes);
        expect(existsSync(file)).toBe(false);
        expectRefusal(await core.dispatch('articles.get', { id: pristine.target }), 'CORRUPT_FILE', aside!);
        await call(core.dispatch, 'articles.delete', { id: pristine.target });
        expect(await readFile(aside!)).toEqual(bytes);
      }
      await expectLibraryWorks(core, pristine.others);
    } finally {
      await core.close();
    }
  });
});

/** The article list as articles.list returns it, from the data the file holds. */
/**
 * The list a valid library.json opens with: its own entries, except those lacking the per-status
 * counts or cited sources, which the store rebuilds from the article files (the pristine entries);
 * `articles.list` leaves the cited sources out.
 */
function listOf(library: Pick<LibraryFile, 'articles'>): ArticleSummary[] {
  const rebuilt = new Map(
    (JSON.parse(pristine.libraryBytes.toString('utf8')) as LibraryFile).articles.map((a) => [a.id, a]),
  );
  return library.articles
    .map((a) => (a.statusCounts && a.sourceIds ? a : (rebuilt.get(a.id) ?? a)))
    .map(({ sourceIds: _cited, ...listed }) => listed)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

async function expectOpens(
  dir: string,
  bytes: Buffer,
  expected: Extract<ExpectedOutcome, { kind: 'valid' }>,
): Promise<void> {
  const data = expected.data as LibraryFile;
  const core = await open(dir);
  try {
    expect(await call(core.dispatch, 'articles.list', {})).toEqual(listOf(data));
    expect(await call(core.dispatch, 'settings.get', {})).toEqual(data.settings);
    expect(await call(core.dispatch, 'sources.list', {})).toEqual(
      [...data.sources].sort((a, b) => a.title.localeCompare(b.title)),
    );
    // Untouched, unless an entry in the older shape had to be rebuilt (then the list is rewritten).
    if (data.articles.every((a) => a.statusCounts && a.sourceIds)) {
      expect(await readFile(join(dir, 'library.json'))).toEqual(bytes);
    }
    expect(await damagedFiles(dir)).toEqual([]);
    const listed = new Set(data.articles.map((a) => a.id));
    await expectLibraryWorks(
      core,
      [...pristine.articles.keys()].filter((id) => listed.has(id)),
    );
  } finally {
    await core.close();
  }
}

describe('a mutated library.json', () => {
  it.each(MUTANTS)('$family: $name', async (mutant: Mutant) => {
    const { bytes, detail } = mutant.make(pristine.libraryBytes);
    const expected = expectedOutcome(bytes, libraryFileSchema, LIBRARY_SCHEMA_VERSION);
    const dir = await copyLibrary();
    await writeFile(join(dir, 'library.json'), bytes);
    if (expected.kind === 'valid') {
      await expectOpens(dir, bytes, expected);
      return;
    }
    const before = await snapshotDir(dir);
    const refused = await open(dir).then(
      async (core) => {
        await core.close();
        return undefined;
      },
      (error: unknown) => error,
    );
    expect(refused, detail).toBeInstanceOf(AppError);
    // A file from a newer app is not damaged: refused as a storage problem, not as corruption.
    expect(refused).toMatchObject({ code: expected.kind === 'newer' ? 'STORAGE' : 'CORRUPT_FILE' });
    expect(existsSync(join(dir, '.lock'))).toBe(false);
    if (expected.kind === 'newer') {
      // Refused, and left exactly as it was: never moved, never replaced by an empty library.
      expect((refused as AppError).message).toMatch(/written by a newer version of the workbench/);
      expect(await snapshotDir(dir)).toEqual(before);
      await expect(open(dir)).rejects.toMatchObject({ code: 'STORAGE' });
      expect(await snapshotDir(dir)).toEqual(before);
      return;
    }
    const [aside, ...more] = await damagedFiles(dir);
    expect(more).toEqual([]);
    expect((refused as AppError).message).toContain(aside!);
    expect((refused as AppError).message).toMatch(/next start lists the articles again/);
    expect(await readFile(aside!)).toEqual(bytes);
    expect(existsSync(join(dir, 'library.json'))).toBe(false);
    const untouched = { ...before };
    delete untouched['library.json'];
    expect(await snapshotDir(dir)).toMatchObject(untouched);

    // The next start lists every article again from its file; sources and settings wait in the moved file.
    const core = await open(dir);
    try {
      const rebuilt = [...pristine.articles.values()].map(summarize);
      expect(await call(core.dispatch, 'articles.list', {})).toEqual(listOf({ articles: rebuilt }));
      expect(await call(core.dispatch, 'sources.list', {})).toEqual([]);
      await expectLibraryWorks(core, [...pristine.articles.keys()]);
    } finally {
      await core.close();
    }
    expect(await readFile(aside!)).toEqual(bytes);
  });
});

describe('the mutants', () => {
  it('include harmless, newer-version and damaged files of both kinds', () => {
    for (const [bytes, schema, version] of [
      [pristine.articleBytes, articleFileSchema, ARTICLE_SCHEMA_VERSION],
      [pristine.libraryBytes, libraryFileSchema, LIBRARY_SCHEMA_VERSION],
    ] as const) {
      const kinds = MUTANTS.map((m) => expectedOutcome(m.make(bytes).bytes, schema, version).kind);
      expect(new Set(kinds)).toEqual(new Set(['valid', 'newer', 'damaged']));
    }
    expect(MUTANTS.length).toBeGreaterThanOrEqual(100);
  });
});
