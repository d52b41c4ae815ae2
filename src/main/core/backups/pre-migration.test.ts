import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Migration } from '../store/migrations/migrate';
import { ValidatedJsonFile } from '../store/validated-json-file';
import { tempDir } from '../test-helpers';
import { snapshotBeforeMigration } from './pre-migration';
import { listBackups } from './snapshot';

const v2 = z.object({ schemaVersion: z.literal(2), name: z.string() });
const steps: Migration[] = [
  { from: 1, describe: 'title → name', up: ({ title, ...rest }) => ({ ...rest, name: title }) },
];

function file(path: string, beforeMigration: () => Promise<void>): ValidatedJsonFile<z.infer<typeof v2>> {
  return new ValidatedJsonFile(path, {
    label: 'The file',
    schema: v2,
    migrations: steps,
    schemaVersion: 2,
    backupDir: join(path, '..', 'pre-migration'),
    beforeMigration,
  });
}

describe('before a migration', () => {
  it('the hook runs while the old file is still on disk, and only when a file is upgraded', async () => {
    const dir = await tempDir();
    const path = join(dir, 'library.json');
    const old = JSON.stringify({ schemaVersion: 1, title: 'Desk' });
    await writeFile(path, old);
    const seen: string[] = [];
    const hook = async (): Promise<void> => {
      seen.push(await readFile(path, 'utf8'));
    };
    expect(await file(path, hook).read()).toEqual({ schemaVersion: 2, name: 'Desk' });
    expect(seen).toEqual([old]);
    await file(path, hook).read();
    expect(seen).toHaveLength(1);
  });

  it('a failing hook stops the upgrade and leaves the file as it was', async () => {
    const dir = await tempDir();
    const path = join(dir, 'library.json');
    const old = JSON.stringify({ schemaVersion: 1, title: 'Desk' });
    await writeFile(path, old);
    const failing = (): Promise<void> => Promise.reject(new Error('disk full'));
    await expect(file(path, failing).read()).rejects.toThrow('disk full');
    expect(await readFile(path, 'utf8')).toBe(old);
  });

  it('takes one full snapshot per session, however many files are upgraded', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'articles'));
    await writeFile(join(dir, 'library.json'), JSON.stringify({ schemaVersion: 1, title: 'Desk' }));
    await writeFile(join(dir, 'articles', 'a1.json'), '{"schemaVersion":1}');
    const hook = snapshotBeforeMigration(dir, () => '2026-11-30T09:00:00.000Z');
    await Promise.all([hook(), hook()]);
    await hook();
    const backups = await listBackups(dir);
    expect(backups).toEqual([
      expect.objectContaining({ reason: 'pre-migration', fileCount: 2, time: '2026-11-30T09:00:00.000Z' }),
    ]);
    expect(await readFile(join(dir, 'backups', backups[0]!.id, 'library.json'), 'utf8')).toBe(
      JSON.stringify({ schemaVersion: 1, title: 'Desk' }),
    );
  });
});
