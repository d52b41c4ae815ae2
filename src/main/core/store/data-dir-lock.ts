import { hostname } from 'node:os';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../app-error';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface DataDirLock {
  path: string;
  release: () => Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host, since: String(owner.since ?? '') }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes this process the only writer of a data folder. A lock left by a process that no longer runs
 * (on this host) is taken over; a live one is refused with a message that says what to do.
 */
export async function lockDataDir(dir: string): Promise<DataDirLock> {
  const path = join(dir, '.lock');
  await mkdir(dir, { recursive: true }).catch((error: Error) => {
    throw new AppError('STORAGE', `The data folder ${dir} cannot be created: ${error.message}.`);
  });
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(me));
      await handle.sync();
      await handle.close();
      return {
        path,
        release: async () => {
          const owner = await readOwner(path);
          if (owner?.pid === me.pid && owner.host === me.host) await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppError('STORAGE', `The data folder ${dir} cannot be locked: ${(error as Error).message}.`);
      }
    }
    const owner = await readOwner(path);
    if (owner && (owner.host !== me.host || isAlive(owner.pid))) {
      throw new AppError(
        'CONFLICT',
        `The data folder ${dir} is in use by another Fact-Check Workbench (process ${owner.pid} on ${owner.host}, since ${owner.since}). Close it first, or choose another folder with --data.`,
      );
    }
    await rm(path, { force: true });
  }
  throw new AppError('CONFLICT', `The data folder ${dir} is being locked by another process right now; try again.`);
}
