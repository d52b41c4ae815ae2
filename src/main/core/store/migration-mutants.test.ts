import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../app-error';
import { tempDir } from '../test-helpers';
import { buildLibrary, type Library } from './corruption-library';
import { MUTANTS } from './corruption-mutants';
import { articleFileSchema, type ArticleFile } from './file-schemas';
import type { JsonObject, Migration } from './migrations/migrate';
import { ValidatedJsonFile } from './validated-json-file';

/** Every mutant of a real article file in an older format: upgraded whole, refused untouched, or moved aside. */
let pristine: Library;

beforeAll(async () => {
  pristine = await buildLibrary();
});

afterAll(async () => {
  await rm(pristine.dir, { recursive: true, force: true });
});

/** A made-up history for the migration path: schema 1 called the title `headline`, schema 2 renamed it. */
const renameHeadline: Migration = {
  from: 1,
  describe: 'headline is now title',
  up: ({ article, ...rest }) => {
    const { headline, ...fields } = article as JsonObject;
    return { ...rest, article: { ...fields, title: headline } };
  },
};
const schemaTwo = articleFileSchema.extend({ schemaVersion: z.literal(2) });

function inOldFormat(bytes: Buffer): Buffer {
  const { article } = JSON.parse(bytes.toString('utf8')) as ArticleFile;
  const { title, ...fields } = article;
  return Buffer.from(JSON.stringify({ schemaVersion: 1, article: { headline: title, ...fields } }));
}

async function readAsSchemaTwo(bytes: Buffer) {
  const dir = await tempDir();
  const path = join(dir, 'article.json');
  const backupDir = join(dir, 'backups');
  await writeFile(path, bytes);
  const file = new ValidatedJsonFile(path, {
    label: 'The article file',
    schema: schemaTwo,
    migrations: [renameHeadline],
    schemaVersion: 2,
    backupDir,
  });
  const outcome = await file.read().then(
    (data) => ({ data }),
    (error: unknown) => ({ error }),
  );
  const backups = existsSync(backupDir) ? await readdir(backupDir) : [];
  return { dir, path, outcome, backups: backups.map((name) => join(backupDir, name)) };
}

describe('an article file in an older format', () => {
  it('is upgraded by its migration, saved, and its original bytes kept', async () => {
    const old = inOldFormat(pristine.articleBytes);
    const { path, outcome, backups } = await readAsSchemaTwo(old);
    const upgraded = { schemaVersion: 2, article: pristine.articles.get(pristine.target) };
    expect(outcome).toEqual({ data: upgraded });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(upgraded);
    expect(backups).toHaveLength(1);
    expect(await readFile(backups[0]!)).toEqual(old);
  });

  it.each(MUTANTS)('$family: $name, is upgraded whole, refused untouched, or moved aside', async (mutant) => {
    const { bytes, detail } = mutant.make(inOldFormat(pristine.articleBytes));
    const { dir, path, outcome, backups } = await readAsSchemaTwo(bytes);
    const asides = (await readdir(dir)).filter((n) => n.includes('.damaged-'));
    if ('data' in outcome) {
      // Read: valid in the current shape, saved as such, and (if it was upgraded) the original kept.
      expect(schemaTwo.safeParse(outcome.data).success, detail).toBe(true);
      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(outcome.data);
      for (const backup of backups) expect(await readFile(backup)).toEqual(bytes);
      expect(asides).toEqual([]);
      return;
    }
    expect(outcome.error, detail).toBeInstanceOf(AppError);
    const newer = /newer version/.test((outcome.error as AppError).message);
    expect(outcome.error).toMatchObject({ code: newer ? 'STORAGE' : 'CORRUPT_FILE' });
    expect(backups).toEqual([]);
    if (newer) {
      expect(await readFile(path)).toEqual(bytes);
      expect(asides).toEqual([]);
    } else {
      expect(asides).toHaveLength(1);
      expect(await readFile(join(dir, asides[0]!))).toEqual(bytes);
      expect(existsSync(path)).toBe(false);
    }
  });
});
