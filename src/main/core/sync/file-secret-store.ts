import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../app-error';
import { SerialQueue } from '../serial-queue';
import { writeFileDurable } from '../store/durable-write';
import { makePrivateDir } from '../store/private-files';
import type { SecretStore } from './secret-store';

/**
 * Where `serve` and the CLI keep the hub password when FACTCHECK_SYNC_PASSWORD is not set, inside the
 * data folder. Snapshots copy only library.json and articles/, so it never reaches backups/.
 */
export const SECRETS_FILE = ['sync', 'credentials.json'] as const;

interface SecretsFile {
  version: 1;
  secrets: Record<string, string>;
}

function parse(text: string, path: string): Map<string, string> {
  const damaged = (): AppError =>
    new AppError('CORRUPT_FILE', `The saved hub password cannot be read (${path} is damaged); enter it again.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw damaged();
  }
  const secrets = (data as Partial<SecretsFile> | null)?.secrets;
  if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets)) throw damaged();
  const entries = Object.entries(secrets);
  if (!entries.every(([, value]) => typeof value === 'string')) throw damaged();
  return new Map(entries as [string, string][]);
}

/**
 * Secrets in a JSON file readable by its owner only (0600 in a 0700 folder on POSIX; on Windows the
 * user profile's ACLs), replaced whole and durably on each change, removed with the last secret.
 */
export function jsonSecretFile(path: string): SecretStore {
  const queue = new SerialQueue();

  async function read(): Promise<Map<string, string>> {
    try {
      return parse(await readFile(path, 'utf8'), path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw error;
    }
  }

  async function write(secrets: Map<string, string>): Promise<void> {
    if (secrets.size === 0) {
      await rm(path, { force: true });
      return;
    }
    await makePrivateDir(dirname(path));
    const file: SecretsFile = { version: 1, secrets: Object.fromEntries(secrets) };
    await writeFileDurable(path, JSON.stringify(file));
  }

  /** A damaged file is replaced by what is written next: the secrets are typed in again. */
  const readForChange = (): Promise<Map<string, string>> =>
    read().catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'CORRUPT_FILE') return new Map<string, string>();
      throw error;
    });

  return {
    get: (key) => queue.run(async () => (await read()).get(key)),
    set: (key, value) =>
      queue.run(async () => {
        const secrets = await readForChange();
        secrets.set(key, value);
        await write(secrets);
      }),
    delete: (key) =>
      queue.run(async () => {
        const secrets = await readForChange();
        secrets.delete(key);
        await write(secrets);
      }),
  };
}

/**
 * `serve`'s and the CLI's store, in the data folder. The secrets are in plain text there, protected
 * by the file's mode: the desktop app encrypts its own with the operating system's keychain instead.
 */
export function fileSecretStore(dataDir: string): SecretStore {
  return jsonSecretFile(join(dataDir, ...SECRETS_FILE));
}
