import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { openPrivateFile } from './private-files';

/** The file-system calls a durable write makes; tests pass failing versions to inject faults. */
export interface WriteFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
}

const realFs: WriteFs = { open: fsp.open, rename: fsp.rename, rm: fsp.rm };

/** Antivirus scanners and sync clients briefly hold files on Windows; these codes are worth a retry. */
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 6;

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function renameWithRetry(fs: WriteFs, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = codeOf(error);
      if (attempt >= RENAME_ATTEMPTS || code === undefined || !TRANSIENT_RENAME_CODES.has(code)) {
        throw error;
      }
      await sleep(10 * 2 ** attempt);
    }
  }
}

/** fsync on a directory makes the rename itself durable; some platforms refuse it, which is harmless. */
async function syncDirectory(fs: WriteFs, dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}

/** The temp files writeFileDurable makes; one left behind means its writer died mid-write. */
export const TEMP_FILE_NAME = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/**
 * Replaces `path` with `data` so that a crash at any moment leaves either the old file or the new
 * one, never a mix: unique temp file → write → fsync → rename → fsync the directory.
 */
export async function writeFileDurable(path: string, data: string | Uint8Array, fs: WriteFs = realFs): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await openPrivateFile(temp, fs.open);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  // The new file is in place: a failing directory fsync is reported, but nothing is rolled back.
  await syncDirectory(fs, dir).catch((error: Error) =>
    console.error(`[store] fsync of ${dir} failed: ${error.message}`),
  );
}
