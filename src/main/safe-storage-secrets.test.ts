import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { SAFE_SECRETS_FILE, safeStorageSecretStore, type SafeStorageLike } from './safe-storage-secrets';

const PASSWORD = 'hub-password-f0r-ana';

/**
 * Electron cannot run here: a stand-in for its safeStorage that really encrypts (AES-256-GCM with a
 * key only it holds), set to behave as each platform's keychain can.
 */
function keychain(
  options: { available?: boolean; backend?: ReturnType<SafeStorageLike['getSelectedStorageBackend']> } = {},
) {
  let key = randomBytes(32);
  const calls = { encrypt: 0 };
  const storage: SafeStorageLike = {
    isAsyncEncryptionAvailable: () => Promise.resolve(options.available ?? true),
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptStringAsync: (text) => {
      calls.encrypt++;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Promise.resolve(Buffer.concat([iv, cipher.getAuthTag(), body]));
    },
    decryptStringAsync: (data) => {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      const result = Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
      return Promise.resolve({ result, shouldReEncrypt: false });
    },
  };
  return { storage, calls, replaceKey: () => (key = randomBytes(32)) };
}

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function secretsPath(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'safe-secrets-'));
  made.push(dir);
  return join(dir, ...SAFE_SECRETS_FILE);
}

describe('safeStorageSecretStore', () => {
  it('keeps only ciphertext on disk, in a file its owner alone can read', async () => {
    const path = await secretsPath();
    const { storage } = keychain();
    await safeStorageSecretStore(storage, path).set('hub', PASSWORD);
    expect(await safeStorageSecretStore(storage, path).get('hub')).toBe(PASSWORD);
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['no keychain', { available: false }, 'linux'],
    ['Linux without a keyring (basic_text)', { backend: 'basic_text' as const }, 'linux'],
  ])('refuses to keep a password with %s, and writes nothing', async (_case, options, platform) => {
    const path = await secretsPath();
    const { storage, calls } = keychain(options);
    const store = safeStorageSecretStore(storage, path, platform as NodeJS.Platform);
    await expect(store.set('hub', PASSWORD)).rejects.toMatchObject({
      code: 'STORAGE',
      message: expect.stringContaining('no encrypted storage for passwords') as string,
    });
    expect(calls.encrypt).toBe(0);
    await expect(readdir(join(path, '..'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('says so when the keychain can no longer decrypt what it kept', async () => {
    const path = await secretsPath();
    const chain = keychain();
    await safeStorageSecretStore(chain.storage, path).set('hub', PASSWORD);
    chain.replaceKey();
    await expect(safeStorageSecretStore(chain.storage, path).get('hub')).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
    });
  });
});

describe('the desktop shell', () => {
  it('gives the core Electron’s safeStorage, keeping the file under userData', async () => {
    const file = join(import.meta.dirname, 'index.ts');
    const source = ts.createSourceFile(file, await readFile(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const imports = source.statements.filter(ts.isImportDeclaration).map((node) => node.getText());
    expect(imports.find((text) => text.endsWith("from 'electron';"))).toMatch(/\bsafeStorage\b/);
    const secrets: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && node.name.getText() === 'secrets') secrets.push(node.initializer.getText());
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(secrets).toEqual([
      "safeStorageSecretStore(safeStorage, join(app.getPath('userData'), ...SAFE_SECRETS_FILE))",
    ]);
  });
});
