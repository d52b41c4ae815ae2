import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CouchConfig } from 'express-pouchdb';
import { writePrivateFile } from '../core/store/private-files';
import { ADMIN_NAME } from './hub-names';

export const ADMIN_PASSWORD_FILE = 'admin-password.txt';

export interface HubAdmin {
  name: string;
  /** Undefined when the file was deleted after the first start. */
  password: string | undefined;
  passwordFile: string;
  /** True on the first start, when the administrator was just made. */
  created: boolean;
}

/** The administrator's password as the first start wrote it, or undefined when the file is gone. */
export async function readAdminPassword(dataDir: string): Promise<string | undefined> {
  try {
    return (await readFile(join(dataDir, ADMIN_PASSWORD_FILE), 'utf8')).trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function setConfig(config: CouchConfig, section: string, key: string, value: string): Promise<void> {
  return new Promise((resolve, reject) =>
    config.set(section, key, value, (error) => (error ? reject(error) : resolve())),
  );
}

/**
 * Ends express-pouchdb's "admin party" (everyone is an administrator while no administrator exists)
 * before the hub listens: on the first start, an administrator with a random password, written to
 * `admin-password.txt` readable by its owner only. express-pouchdb stores the password in its
 * configuration only as a PBKDF2 hash; the plain password is in that one file.
 */
export async function ensureAdmin(config: CouchConfig, dataDir: string): Promise<HubAdmin> {
  const passwordFile = join(dataDir, ADMIN_PASSWORD_FILE);
  if (Object.keys(config.getSection('admins')).length > 0) {
    return { name: ADMIN_NAME, password: await readAdminPassword(dataDir), passwordFile, created: false };
  }
  const password = randomBytes(24).toString('base64url');
  await rm(passwordFile, { force: true });
  await writePrivateFile(passwordFile, `${password}\n`);
  await setConfig(config, 'admins', ADMIN_NAME, password);
  return { name: ADMIN_NAME, password, passwordFile, created: true };
}
