import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { tempDir } from '../../test-helpers';
import { ValidatedJsonFile } from '../validated-json-file';
import { MigrationError, migrate, type Migration } from './migrate';

/** A toy history: v1 had `name`, v2 split it into `first`/`last`, v3 added `tags`. */
const steps: Migration[] = [
  { from: 2, describe: 'add tags', up: (doc) => ({ ...doc, tags: [] }) },
  {
    from: 1,
    describe: 'split name',
    up: ({ name, ...rest }) => {
      const [first = '', last = ''] = String(name).split(' ');
      return { ...rest, first, last };
    },
  },
];
const v3 = z.object({ schemaVersion: z.literal(3), first: z.string(), last: z.string(), tags: z.array(z.string()) });

describe('migrate', () => {
  it('applies each numbered step in order up to the target', () => {
    const result = migrate({ schemaVersion: 1, name: 'Ada Lovelace' }, steps, 3, 'test file');
    expect(result).toEqual({
      doc: { schemaVersion: 3, first: 'Ada', last: 'Lovelace', tags: [] },
      migratedFrom: 1,
    });
  });

  it('leaves a current file alone', () => {
    const doc = { schemaVersion: 3, first: 'A', last: 'B', tags: [] };
    expect(migrate(doc, steps, 3, 'test file')).toEqual({ doc });
  });

  it('refuses a file from a newer app, and one without a version', () => {
    expect(() => migrate({ schemaVersion: 4 }, steps, 3, 'The file x')).toThrow(
      /newer version of the workbench \(schema 4/,
    );
    expect(() => migrate({ name: 'x' }, steps, 3, 'The file x')).toThrow(/no valid schemaVersion/);
    expect(() => migrate([1, 2], steps, 3, 'The file x')).toThrow(/no valid schemaVersion/);
  });

  it('is applied on read: the file is upgraded on disk and its original kept as a backup', async () => {
    const dir = await tempDir();
    const path = join(dir, 'person.json');
    const original = JSON.stringify({ schemaVersion: 1, name: 'Grace Hopper' });
    await writeFile(path, original);
    const backupDir = join(dir, 'backups');
    const file = new ValidatedJsonFile(path, {
      label: 'The file',
      schema: v3,
      migrations: steps,
      schemaVersion: 3,
      backupDir,
    });
    const data = await file.read();
    expect(data).toEqual({ schemaVersion: 3, first: 'Grace', last: 'Hopper', tags: [] });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(data);
    const [backup] = await readdir(backupDir);
    expect(backup).toMatch(/^person\.json\.schema-1\./);
    expect(await readFile(join(backupDir, backup!), 'utf8')).toBe(original);
  });

  it('moves a damaged file aside unchanged and says where', async () => {
    const dir = await tempDir();
    const path = join(dir, 'person.json');
    for (const damaged of ['{"schemaVersion":3,"first":', '{"schemaVersion":3,"first":1,"last":"x","tags":[]}', '']) {
      await writeFile(path, damaged);
      const file = new ValidatedJsonFile(path, {
        label: 'The file',
        schema: v3,
        migrations: steps,
        schemaVersion: 3,
        backupDir: dir,
      });
      const error = await file.read().then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error).toMatchObject({ code: 'CORRUPT_FILE' });
      const aside = (await readdir(dir)).find((n) => n.includes('.damaged-'));
      expect(error?.message).toContain(aside);
      expect(await readFile(join(dir, aside!), 'utf8')).toBe(damaged);
      await rm(join(dir, aside!));
    }
  });

  describe('a failing upgrade is not damage: the file stays where it is, unchanged', () => {
    const original = JSON.stringify({ schemaVersion: 1, name: 'Katherine Johnson' });
    const open = async (migrations: Migration[]) => {
      const dir = await tempDir();
      const path = join(dir, 'person.json');
      await writeFile(path, original);
      const file = new ValidatedJsonFile(path, {
        label: 'The file',
        schema: v3,
        migrations,
        schemaVersion: 3,
        backupDir: join(dir, 'backups'),
      });
      const error = await file.read().then(
        () => undefined,
        (e: unknown) => e,
      );
      return { dir, path, error };
    };
    const expectUntouched = async (dir: string, path: string) => {
      expect(await readdir(dir)).toEqual(['person.json']);
      expect(await readFile(path, 'utf8')).toBe(original);
    };

    it('when a step throws', async () => {
      const throwing: Migration = {
        from: 1,
        describe: 'split name',
        up: () => {
          throw new TypeError('a bug in the step');
        },
      };
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const { dir, path, error } = await open([steps[0]!, throwing]);
      expect(error).toBeInstanceOf(MigrationError);
      expect(error).toMatchObject({ code: 'INTERNAL', failure: 'broken' });
      expect((error as Error).message).toMatch(/could not be upgraded from schema 1 \(split name\).*left unchanged/);
      expect(logged.mock.calls.join('\n')).toContain('a bug in the step');
      logged.mockRestore();
      await expectUntouched(dir, path);
    });

    it('when a step is missing', async () => {
      const { dir, path, error } = await open([steps[0]!]);
      expect(error).toMatchObject({ code: 'INTERNAL', failure: 'broken' });
      await expectUntouched(dir, path);
    });

    it('when the file is from a newer app', async () => {
      const dir = await tempDir();
      const path = join(dir, 'person.json');
      const newer = JSON.stringify({ schemaVersion: 9, first: 'A', last: 'B', tags: [] });
      await writeFile(path, newer);
      const file = new ValidatedJsonFile(path, {
        label: 'The file',
        schema: v3,
        migrations: steps,
        schemaVersion: 3,
        backupDir: dir,
      });
      await expect(file.read()).rejects.toMatchObject({ code: 'STORAGE', failure: 'newer' });
      expect(await readdir(dir)).toEqual(['person.json']);
      expect(await readFile(path, 'utf8')).toBe(newer);
    });
  });
});
