import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { open } from '../backups/backup-test-helpers';
import { call } from '../call';
import { makePrivateDir } from '../store/private-files';
import { tempDir } from '../test-helpers';
import { fileSecretStore, SECRETS_FILE } from './file-secret-store';

const PASSWORD = 'hub-password-f0r-ana';

async function everyFileUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('fileSecretStore', () => {
  it('keeps, replaces and forgets secrets across instances', async () => {
    const dir = await tempDir();
    await fileSecretStore(dir).set('hub:https://hub.example/desk', PASSWORD);
    await fileSecretStore(dir).set('other', 'second-secret');
    const store = fileSecretStore(dir);
    expect(await store.get('hub:https://hub.example/desk')).toBe(PASSWORD);
    await store.set('other', 'third-secret');
    expect(await store.get('other')).toBe('third-secret');
    await store.delete('other');
    expect(await store.get('other')).toBeUndefined();
    expect(await store.get('__proto__')).toBeUndefined();
  });

  it('writes a file and folder only their owner can read', async () => {
    const dir = await tempDir();
    await fileSecretStore(dir).set('k', PASSWORD);
    if (process.platform === 'win32') return;
    expect((await stat(join(dir, ...SECRETS_FILE))).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, SECRETS_FILE[0]))).mode & 0o777).toBe(0o700);
  });

  it('removes the file with its last secret', async () => {
    const dir = await tempDir();
    const store = fileSecretStore(dir);
    await store.set('k', PASSWORD);
    await store.delete('k');
    expect(await readdir(join(dir, SECRETS_FILE[0]))).toEqual([]);
  });

  it('says a damaged file is damaged, and replaces it on the next change', async () => {
    const dir = await tempDir();
    await makePrivateDir(join(dir, SECRETS_FILE[0]));
    await writeFile(join(dir, ...SECRETS_FILE), '{"secrets": {"k": 42}}');
    const store = fileSecretStore(dir);
    await expect(store.get('k')).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    await store.set('k', PASSWORD);
    expect(await store.get('k')).toBe(PASSWORD);
  });

  it('keeps the secrets out of backups, and a restore leaves them as they are', async () => {
    const dir = await tempDir();
    const core = await open(dir);
    try {
      await call(core.dispatch, 'articles.create', { title: 'Ferry', text: 'The ferry carried 1.2 million people.' });
      await fileSecretStore(dir).set('hub', PASSWORD);
      const backup = await call(core.dispatch, 'backups.create', {});
      await fileSecretStore(dir).set('hub', 'changed-after-the-backup');
      await call(core.dispatch, 'backups.restore', { id: backup.id });
      expect(await fileSecretStore(dir).get('hub')).toBe('changed-after-the-backup');
      const copied = await everyFileUnder(join(dir, 'backups'));
      expect(copied.length).toBeGreaterThan(0);
      for (const file of copied) {
        const text = await readFile(file, 'utf8');
        expect(text, file).not.toContain(PASSWORD);
        expect(text, file).not.toContain('changed-after-the-backup');
      }
    } finally {
      await core.close();
    }
  });
});
