import { createHash } from 'node:crypto';
import { readFile, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BACKUP_ID_PATTERN, type BackupInfo } from '../../../shared/backups';
import { AppError } from '../app-error';
import { writeFileDurable } from '../store/durable-write';
import { makePrivateDir } from '../store/private-files';
import { checkDataFile } from './check-data-file';
import { describeBackup } from './describe';
import { BACKUPS_FOLDER, LIBRARY_FILE, listDataFiles, onDisk } from './layout';
import { infoOf, readManifest, type SnapshotManifest } from './manifest';

export interface SnapshotContents {
  info: BackupInfo;
  files: { path: string; bytes: Buffer }[];
}

async function manifestOf(dir: string, id: string): Promise<SnapshotManifest> {
  let manifest: SnapshotManifest | undefined;
  try {
    manifest = await readManifest(dir);
  } catch {
    throw new AppError(
      'CORRUPT_FILE',
      `The backup ${id} is damaged (its list of files cannot be read), so nothing was restored.`,
    );
  }
  if (!manifest) throw new AppError('NOT_FOUND', `There is no backup ${id}.`);
  return manifest;
}

/** A snapshot file's bytes, or what is wrong with it: changed since it was backed up, or unusable. */
async function readChecked(dir: string, file: SnapshotManifest['files'][number]): Promise<Buffer | string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(onDisk(dir, file.path));
  } catch {
    return 'is missing';
  }
  if (bytes.length !== file.bytes || createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
    return 'has changed since it was backed up';
  }
  return checkDataFile(file.path, bytes) ?? bytes;
}

/**
 * Reads a whole snapshot and checks every file (size, hash, and as the store would read it), so
 * that a damaged snapshot is refused before anything in the data folder is touched.
 */
export async function readSnapshot(dataDir: string, id: string): Promise<SnapshotContents> {
  if (!BACKUP_ID_PATTERN.test(id)) throw new AppError('INVALID_INPUT', `${JSON.stringify(id)} is not a backup id.`);
  const dir = join(dataDir, BACKUPS_FOLDER, id);
  const manifest = await manifestOf(dir, id);
  const files: SnapshotContents['files'] = [];
  for (const file of manifest.files) {
    const bytes = await readChecked(dir, file);
    if (typeof bytes === 'string') {
      throw new AppError(
        'CORRUPT_FILE',
        `The backup of ${describeBackup(manifest)} is damaged (its ${file.path} ${bytes}), so nothing was restored. Choose another backup.`,
      );
    }
    files.push({ path: file.path, bytes });
  }
  return { info: infoOf(id, manifest), files };
}

/** Moves a data file to trash/ as the store does when an article is deleted (never erased). */
async function moveToTrash(dataDir: string, path: string, stamp: number): Promise<void> {
  const trash = join(dataDir, 'trash');
  await makePrivateDir(trash);
  const name = basename(path, '.json');
  for (let at = stamp; ; at++) {
    const target = join(trash, `${name}.${at}.json`);
    const taken = await stat(target).then(
      () => true,
      () => false,
    );
    if (!taken) return rename(onDisk(dataDir, path), target);
  }
}

/**
 * Puts a checked snapshot's files in place, durably, articles first and library.json last; data
 * files the snapshot does not hold are moved to trash/. Files already identical are left alone.
 */
export async function replaceDataFiles(
  dataDir: string,
  files: SnapshotContents['files'],
  stamp: number,
): Promise<void> {
  await makePrivateDir(join(dataDir, 'articles'));
  const ordered = [...files].sort((a, b) => Number(a.path === LIBRARY_FILE) - Number(b.path === LIBRARY_FILE));
  for (const file of ordered) {
    const target = onDisk(dataDir, file.path);
    const current = await readFile(target).catch(() => undefined);
    if (!current?.equals(file.bytes)) await writeFileDurable(target, file.bytes);
  }
  const kept = new Set(files.map((f) => f.path));
  for (const path of await listDataFiles(dataDir)) {
    if (!kept.has(path)) await moveToTrash(dataDir, path, stamp);
  }
}
