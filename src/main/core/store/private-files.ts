import { chmod, lstat, mkdir, open, readdir, type FileHandle } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * The data folder holds drafts before publication: on POSIX only its owner may read it. Modes are
 * set with chmod after creating, because the mode given to open/mkdir is filtered by the umask.
 * On Windows chmod only toggles the read-only flag; there the folder keeps the ACLs of the user
 * profile it lives in, which other accounts cannot read.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Bits that let another account read, write or enter. */
const OTHERS = 0o077;

const POSIX = process.platform !== 'win32';
const WALK_BATCH = 64;

/** Creates `dir` (and missing parents) readable by its owner only; an existing folder is left as it is. */
export async function makePrivateDir(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (first === undefined || !POSIX) return;
  // mkdir returns the first folder it made: that one and every folder below it down to `dir` are new.
  const rest = relative(first, dir).split(sep).filter(Boolean);
  let path = first;
  await chmod(path, PRIVATE_DIR_MODE);
  for (const name of rest) {
    path = join(path, name);
    await chmod(path, PRIVATE_DIR_MODE);
  }
}

/** Opens a new file (`wx`: it must not exist yet) readable by its owner only. */
export async function openPrivateFile(
  path: string,
  opener: (path: string, flags: string, mode: number) => Promise<FileHandle> = open,
): Promise<FileHandle> {
  const handle = await opener(path, 'wx', PRIVATE_FILE_MODE);
  if (!POSIX) return handle;
  try {
    await handle.chmod(PRIVATE_FILE_MODE);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** Writes a new file readable by its owner only; it must not exist yet. */
export async function writePrivateFile(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await openPrivateFile(path);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

export interface ModeRepair {
  /** Files and folders whose mode let other accounts in, now private. */
  repaired: number;
  /** Those that could not be changed (owned by another account, say), with the reason. */
  failed: { path: string; reason: string }[];
}

/**
 * Walks `dir` once and takes group and other permissions away from every file and folder that has
 * them (a folder made before the workbench created its files privately). A folder that is already
 * private is not entered: no other account can reach what is inside it, and a library with years of
 * backups is not walked at every start. Symbolic links are not followed: what they point to is not
 * the data folder's. Nothing happens on Windows.
 */
export async function repairModes(dir: string): Promise<ModeRepair> {
  const result: ModeRepair = { repaired: 0, failed: [] };
  if (!POSIX) return result;
  const repair = async (path: string): Promise<string | undefined> => {
    const info = await lstat(path).catch(() => undefined);
    if (!info || info.isSymbolicLink()) return undefined;
    const isDir = info.isDirectory();
    if ((info.mode & OTHERS) !== 0) {
      try {
        await chmod(path, isDir ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE);
        result.repaired++;
      } catch (error) {
        result.failed.push({ path, reason: (error as Error).message });
      }
    }
    return isDir && (info.mode & OTHERS) !== 0 ? path : undefined;
  };
  const root = await repair(dir);
  const folders = root === undefined ? [] : [root];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const names = await readdir(folder).catch(() => []);
    // A folder's entries are looked at a batch at a time: a backups folder holds thousands.
    for (let at = 0; at < names.length; at += WALK_BATCH) {
      const batch = names.slice(at, at + WALK_BATCH).map((name) => repair(join(folder, name)));
      for (const found of await Promise.all(batch)) if (found) folders.push(found);
    }
  }
  return result;
}

/** The one line the log gets about a repair, or undefined when there was nothing to repair. */
export function describeRepair(repair: ModeRepair): string | undefined {
  const lines: string[] = [];
  if (repair.repaired > 0) {
    lines.push(
      `[store] made the data folder private: ${repair.repaired} files and folders were readable by other accounts`,
    );
  }
  if (repair.failed.length > 0) {
    const first = repair.failed[0]!;
    lines.push(
      `[store] ${repair.failed.length} files or folders in the data folder could not be made private (first: ${first.path}: ${first.reason})`,
    );
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}
