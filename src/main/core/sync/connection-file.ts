import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurable } from '../store/durable-write';
import { makePrivateDir } from '../store/private-files';

/**
 * This machine's own sync settings, in `<data>/sync/` (never replicated, never in backups): the hub's
 * address, the user name and the pinned certificate; and the machine's identity. The password is
 * not here: it is kept by the secret store.
 */
export interface Connection {
  url: string;
  user?: string;
  fingerprint?: string;
}

const connectionSchema = z.object({
  url: z.string().min(1),
  user: z.string().optional(),
  fingerprint: z.string().optional(),
});

const identitySchema = z.object({ id: z.string().min(1), host: z.string() });

export const SYNC_FOLDER = 'sync';

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export async function readConnection(dataDir: string): Promise<Connection | undefined> {
  const parsed = connectionSchema.safeParse(await readJson(join(dataDir, SYNC_FOLDER, 'connection.json')));
  if (!parsed.success) return undefined;
  const { url, user, fingerprint } = parsed.data;
  return { url, ...(user ? { user } : {}), ...(fingerprint ? { fingerprint } : {}) };
}

export async function writeConnection(dataDir: string, connection: Connection | undefined): Promise<void> {
  const path = join(dataDir, SYNC_FOLDER, 'connection.json');
  if (!connection) {
    await rm(path, { force: true });
    return;
  }
  await makePrivateDir(join(dataDir, SYNC_FOLDER));
  await writeFileDurable(path, JSON.stringify(connection, null, 2));
}

/**
 * The key of this machine's counters in the field clocks: made once per data folder, and made again
 * when the folder turns up on another computer (a copied folder must not count as the same machine).
 */
export async function machineId(dataDir: string): Promise<string> {
  const path = join(dataDir, SYNC_FOLDER, 'machine.json');
  const host = hostname();
  const parsed = identitySchema.safeParse(await readJson(path));
  if (parsed.success && parsed.data.host === host) return parsed.data.id;
  const id = `${host.replace(/[^A-Za-z0-9-]/g, '').slice(0, 24) || 'machine'}-${randomBytes(6).toString('hex')}`;
  await makePrivateDir(join(dataDir, SYNC_FOLDER));
  await writeFileDurable(path, JSON.stringify({ id, host }, null, 2));
  return id;
}
