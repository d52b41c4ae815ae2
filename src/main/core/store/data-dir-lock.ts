import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../app-error';
import { makePrivateDir, openPrivateFile } from './private-files';

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
const FRESH_MS = 10_000;

async function writeOwnerFile(path: string, owner: LockOwner): Promise<void> {
  const handle = await openPrivateFile(path);
  try {
    await handle.writeFile(JSON.stringify(owner));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A lock file that cannot be read is being written right now (live) unless it is old. */
async function isFresh(path: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs < FRESH_MS;
  } catch {
    return false;
  }
}

/**
 * Makes this process the only writer of a data folder. The lock appears complete or not at all
 * (written aside, then hard-linked into place). A lock left by a process that no longer runs (on
 * this host) is taken over; a live one is refused with a message that says what to do.
 */
export async function lockDataDir(dir: string): Promise<DataDirLock> {
  const path = join(dir, '.lock');
  await makePrivateDir(dir).catch((error: Error) => {
    throw new AppError('STORAGE', `The data folder ${dir} cannot be created: ${error.message}.`);
  });
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const mine = join(dir, `.lock.${process.pid}.${randomBytes(4).toString('hex')}`);
  try {
    await writeOwnerFile(mine, me);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(mine, path);
        return {
          path,
          release: async () => {
            const owner = await readOwner(path);
            if (owner?.pid === me.pid && owner.host === me.host) await rm(path, { force: true });
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      // The lock file being judged, by identity: it may be replaced while we look at it.
      const judged = await stat(path).catch(() => undefined);
      if (!judged) continue;
      const owner = await readOwner(path);
      if (owner ? owner.host !== me.host || isAlive(owner.pid) : await isFresh(path)) {
        const who = owner ? `process ${owner.pid} on ${owner.host}, since ${owner.since}` : 'another process';
        throw new AppError(
          'LOCKED',
          `The data folder ${dir} is in use by another Fact-Check Workbench (${who}). Close it first, or choose another folder with --data.`,
        );
      }
      // Stale: move it aside under a unique name, then make sure it was the file judged stale. If a
      // newcomer's fresh lock took its place meanwhile, put that one back and step aside.
      const aside = `${path}.stale-${randomBytes(4).toString('hex')}`;
      const moved = await rename(path, aside).then(
        () => stat(aside),
        () => undefined,
      );
      if (moved && (moved.ino !== judged.ino || moved.dev !== judged.dev)) {
        await link(aside, path).catch(() => undefined);
        await rm(aside, { force: true });
        break;
      }
      await rm(aside, { force: true });
    }
    throw new AppError('LOCKED', `The data folder ${dir} is being locked by another process right now; try again.`);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('STORAGE', `The data folder ${dir} cannot be locked: ${(error as Error).message}.`);
  } finally {
    await rm(mine, { force: true });
  }
}
