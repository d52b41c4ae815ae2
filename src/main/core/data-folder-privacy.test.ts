import { chmod, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { call } from './call';
import { openCore } from './open-core';
import { ValidatedJsonFile } from './store/validated-json-file';
import { TEST_RESOURCES, tempDir } from './test-helpers';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Every file and folder under `dir` (the folder itself included) with its permission bits. */
async function modes(dir: string): Promise<Record<string, number>> {
  const out: Record<string, number> = { '.': (await stat(dir)).mode & 0o777 };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = (await stat(path)).mode & 0o777;
  }
  return out;
}

function notPrivate(found: Record<string, number>, dirs: Set<string>): string[] {
  return Object.entries(found)
    .filter(([path, mode]) => mode !== (dirs.has(path) ? 0o700 : 0o600))
    .map(([path, mode]) => `${path} ${mode.toString(8)}`);
}

async function folders(dir: string): Promise<Set<string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
  return new Set(['.', ...names]);
}

describe.skipIf(process.platform === 'win32')('the data folder is private', () => {
  let umask: number;
  // With a umask of 0, anything created without an explicit mode would be world-readable.
  beforeEach(() => {
    umask = process.umask(0);
  });
  afterEach(() => {
    process.umask(umask);
    vi.restoreAllMocks();
  });

  it('everything the store, attachments, trash and backups create is 0700 (folders) or 0600 (files)', async () => {
    const dir = join(await tempDir(), 'data');
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: 'Fares rose 12 percent.' });
    const gone = await call(core.dispatch, 'articles.create', { title: 'Draft', text: 'Deleted soon.' });
    const source = await call(core.dispatch, 'sources.create', { kind: 'document', title: 'Audit' });
    await call(core.dispatch, 'sources.attach', {
      sourceId: source.id,
      fileName: 'a.pdf',
      dataBase64: PDF.toString('base64'),
    });
    const spare = await call(core.dispatch, 'sources.create', { kind: 'document', title: 'Spare' });
    await call(core.dispatch, 'sources.delete', { id: spare.id });
    const backup = await call(core.dispatch, 'backups.create', {});
    await call(core.dispatch, 'articles.delete', { id: gone.id });
    await call(core.dispatch, 'articles.rename', { id: article.id, title: 'Ferry fares' });
    await call(core.dispatch, 'backups.restore', { id: backup.id });
    await core.close();
    const found = await modes(dir);
    for (const expected of ['library.json', 'attachments', 'backups', 'trash', `articles/${article.id}.json`]) {
      expect(Object.keys(found)).toContain(expected);
    }
    expect(Object.keys(found).some((path) => path.startsWith(`backups/${backup.id}/articles/`))).toBe(true);
    expect(notPrivate(found, await folders(dir))).toEqual([]);
  });

  it('the copy kept before a schema upgrade is private', async () => {
    const dir = await tempDir();
    const path = join(dir, 'library.json');
    await writeFile(path, JSON.stringify({ schemaVersion: 1, title: 'Desk' }), { mode: 0o600 });
    const file = new ValidatedJsonFile(path, {
      label: 'The file',
      schema: z.object({ schemaVersion: z.literal(2), name: z.string() }),
      migrations: [{ from: 1, describe: 'title → name', up: ({ title, ...rest }) => ({ ...rest, name: title }) }],
      schemaVersion: 2,
      backupDir: join(dir, 'pre-migration'),
    });
    await file.read();
    const found = await modes(dir);
    expect(Object.keys(found).filter((p) => p.startsWith('pre-migration/'))).toHaveLength(1);
    expect(notPrivate(found, await folders(dir))).toEqual([]);
  });

  it('a folder left readable by others is repaired when it is opened, and the log says so once', async () => {
    const dir = await tempDir();
    const first = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    await call(first.dispatch, 'articles.create', { title: 'Ferry', text: 'Fares rose 12 percent.' });
    await first.close();
    const dirs = await folders(dir);
    const all = Object.keys(await modes(dir));
    for (const path of all) await chmod(join(dir, path), dirs.has(path) ? 0o755 : 0o644);
    await mkdir(join(dir, 'extra'), { mode: 0o777 });
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const second = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    await second.close();
    const lines = log.mock.calls.map((args) => String(args[0])).filter((line) => line.includes('private'));
    expect(lines).toEqual([
      `[store] made the data folder private: ${all.length + 1} files and folders were readable by other accounts`,
    ]);
    expect(notPrivate(await modes(dir), await folders(dir))).toEqual([]);
    log.mockClear();
    const third = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    await third.close();
    expect(log.mock.calls.filter((args) => String(args[0]).includes('private'))).toEqual([]);
  });
});
