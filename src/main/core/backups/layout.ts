import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUP_ID_PATTERN, type SnapshotReason } from '../../../shared/backups';

/** Snapshots live in the data folder's backups/, beside the store's pre-migration copies. */
export const BACKUPS_FOLDER = 'backups';
export const MANIFEST_NAME = 'manifest.json';
export const LIBRARY_FILE = 'library.json';
/** The archive of past fact-checks (see past-checks/archive-file.ts). */
export const PAST_CHECKS_FILE = 'past-checks.json';
const ARTICLE_FILE = /^articles\/a[0-9a-z]+\.json$/;

/** What a snapshot holds, named relative to the data folder with `/`: library.json, past-checks.json and articles/<id>.json. */
export function isDataFilePath(path: string): boolean {
  return path === LIBRARY_FILE || path === PAST_CHECKS_FILE || ARTICLE_FILE.test(path);
}

/** A data-file path (or a snapshot's) on this platform. */
export function onDisk(root: string, path: string): string {
  return join(root, ...path.split('/'));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * The data files of the folder, articles first and library.json last: a copy made while writes go
 * on then never holds a claim that cites a source its library does not have (sources are written
 * before the evidence that cites them).
 */
export async function listDataFiles(dataDir: string): Promise<string[]> {
  const names = await readdir(join(dataDir, 'articles')).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const articles = names
    .map((name) => `articles/${name}`)
    .filter(isDataFilePath)
    .sort();
  const archive = (await exists(join(dataDir, PAST_CHECKS_FILE))) ? [PAST_CHECKS_FILE] : [];
  return (await exists(join(dataDir, LIBRARY_FILE)))
    ? [...articles, ...archive, LIBRARY_FILE]
    : [...articles, ...archive];
}

export function snapshotIdOf(time: string, reason: SnapshotReason): string {
  return `${time.replace(/[:.]/g, '-')}-${reason}`;
}

/** The time and reason a snapshot id encodes, or undefined for anything that is not one. */
export function parseSnapshotId(id: string): { time: string; reason: SnapshotReason } | undefined {
  const match = BACKUP_ID_PATTERN.exec(id);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, ms, reason] = match;
  return { time: `${day}T${hours}:${minutes}:${seconds}.${ms}Z`, reason: reason as SnapshotReason };
}
