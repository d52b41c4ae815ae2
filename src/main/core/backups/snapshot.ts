import { createHash } from 'node:crypto';
import { chmod, link, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo, SnapshotReason } from '../../../shared/backups';
import { BACKUPS_FOLDER, LIBRARY_FILE, listDataFiles, onDisk, parseSnapshotId, snapshotIdOf } from './layout';
import { infoOf, MANIFEST_FORMAT, readManifest, type ManifestFile, type SnapshotManifest } from './manifest';
import { makePrivateDir, PRIVATE_DIR_MODE } from '../store/private-files';
import { syncFolder, writeNewFileSynced } from './synced-files';

/** Snapshots are assembled in a folder whose name no id can have, so a half-made one is never listed. */
const UNFINISHED_PREFIX = '.unfinished-';
const LINKS = '.links';

interface CapturedFile {
  path: string;
  /** Read at capture time where the file system has no hard links; otherwise the file is linked. */
  bytes?: Buffer;
}

/** The data files as they were at one moment, waiting to be copied into a snapshot. */
export interface Capture {
  folder: string;
  time: string;
  files: CapturedFile[];
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Links made at once while capturing: the capture holds the store's queue, so it should be short. */
const CAPTURE_BATCH = 32;

async function captureFile(dataDir: string, folder: string, path: string): Promise<CapturedFile[]> {
  const source = onDisk(dataDir, path);
  try {
    await link(source, onDisk(join(folder, LINKS), path));
    return [{ path }];
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return [];
    // FAT drives and some network shares have no hard links: read the file now instead.
    return [{ path, bytes: await readFile(source) }];
  }
}

/**
 * Step one, meant for the store's exclusive queue: freezes the data files in milliseconds by
 * hard-linking them. The store never changes a file in place (every write renames a new file over
 * the old one), so a linked file keeps the bytes it had now while step two copies it at leisure.
 * library.json is linked last (see listDataFiles) for captures made outside the queue.
 */
export async function captureDataFiles(dataDir: string, time: string): Promise<Capture> {
  const root = join(dataDir, BACKUPS_FOLDER);
  await makePrivateDir(root);
  const folder = await mkdtemp(join(root, UNFINISHED_PREFIX));
  try {
    // mkdtemp asks for 0700 but the umask may take bits away, so the mode is set explicitly.
    await chmod(folder, PRIVATE_DIR_MODE);
    await makePrivateDir(join(folder, LINKS, 'articles'));
    const paths = await listDataFiles(dataDir);
    const articles = paths.filter((path) => path !== LIBRARY_FILE);
    const files: CapturedFile[] = [];
    for (let at = 0; at < articles.length; at += CAPTURE_BATCH) {
      const batch = articles.slice(at, at + CAPTURE_BATCH).map((path) => captureFile(dataDir, folder, path));
      files.push(...(await Promise.all(batch)).flat());
    }
    if (paths.includes(LIBRARY_FILE)) files.push(...(await captureFile(dataDir, folder, LIBRARY_FILE)));
    return { folder, time, files };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A file unchanged since the newest snapshot is hard-linked to that snapshot's copy (after checking
 * its bytes), so that a snapshot costs the disk space of what changed. Snapshot files are never
 * written after they are made, so sharing them is safe.
 */
async function shareUnchanged(
  dataDir: string,
  previous: { id: string; manifest: SnapshotManifest } | undefined,
  file: ManifestFile,
  bytes: Buffer,
  target: string,
): Promise<boolean> {
  const same = previous?.manifest.files.find((f) => f.path === file.path && f.sha256 === file.sha256);
  if (!previous || !same) return false;
  const copy = onDisk(join(dataDir, BACKUPS_FOLDER, previous.id), file.path);
  try {
    if (!(await readFile(copy)).equals(bytes)) return false;
    await link(copy, target);
    return true;
  } catch {
    return false;
  }
}

interface FileIdentity {
  ino: number;
  mtimeMs: number;
  size: number;
}

async function identityOf(path: string): Promise<FileIdentity | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info ? { ino: info.ino, mtimeMs: info.mtimeMs, size: info.size } : undefined;
}

/**
 * The store only ever replaces a data file (a new file renamed over the old), never edits one in
 * place: a live file with the same inode, time and size as the one the newest snapshot copied is
 * the same file, and that copy is linked without reading either. This keeps the snapshot taken at
 * every start cheap on a large library where little changed since the last one.
 */
async function shareUntouched(
  dataDir: string,
  previous: { id: string; manifest: SnapshotManifest } | undefined,
  path: string,
  live: FileIdentity,
  target: string,
): Promise<ManifestFile | undefined> {
  const before = previous?.manifest.files.find((f) => f.path === path);
  if (!previous || !before?.source) return undefined;
  if (before.source.ino !== live.ino || before.source.mtimeMs !== live.mtimeMs || before.bytes !== live.size) {
    return undefined;
  }
  try {
    await link(onDisk(join(dataDir, BACKUPS_FOLDER, previous.id), path), target);
    return before;
  } catch {
    return undefined;
  }
}

async function newestSnapshot(dataDir: string): Promise<{ id: string; manifest: SnapshotManifest } | undefined> {
  for (const id of await snapshotIds(dataDir)) {
    const manifest = await readManifest(join(dataDir, BACKUPS_FOLDER, id)).catch(() => undefined);
    if (manifest) return { id, manifest };
  }
  return undefined;
}

/** Renames the finished folder to its id; two snapshots in one millisecond get ids a millisecond apart. */
async function publish(root: string, folder: string, time: string, reason: SnapshotReason): Promise<string> {
  for (let bump = 0; bump < 1000; bump++) {
    const id = snapshotIdOf(new Date(Date.parse(time) + bump).toISOString(), reason);
    const target = join(root, id);
    const taken = await stat(target).then(
      () => true,
      () => false,
    );
    if (!taken) {
      try {
        await rename(folder, target);
        return id;
      } catch (error) {
        if (!['EEXIST', 'ENOTEMPTY'].includes(codeOf(error) ?? '')) throw error;
      }
    }
  }
  throw new Error('no free name for the snapshot folder');
}

/**
 * Step two, off the store's queue: copies the captured files into the snapshot folder with their
 * manifest, flushes everything to disk, and only then gives the folder its id (a crash before that
 * leaves an unfinished folder that is removed on the next start, never a listed half snapshot).
 */
export async function writeSnapshot(dataDir: string, capture: Capture, reason: SnapshotReason): Promise<BackupInfo> {
  const root = join(dataDir, BACKUPS_FOLDER);
  try {
    const previous = await newestSnapshot(dataDir);
    await makePrivateDir(join(capture.folder, 'articles'));
    const files: ManifestFile[] = [];
    for (const captured of capture.files) {
      const target = onDisk(capture.folder, captured.path);
      const linked = onDisk(join(capture.folder, LINKS), captured.path);
      const source = captured.bytes ? undefined : await identityOf(linked);
      const kept = source && (await shareUntouched(dataDir, previous, captured.path, source, target));
      if (kept) {
        files.push(kept);
        continue;
      }
      const bytes = captured.bytes ?? (await readFile(linked));
      const file: ManifestFile = { path: captured.path, bytes: bytes.length, sha256: sha256(bytes) };
      if (source) file.source = { ino: source.ino, mtimeMs: source.mtimeMs };
      if (!(await shareUnchanged(dataDir, previous, file, bytes, target))) await writeNewFileSynced(target, bytes);
      files.push(file);
    }
    await rm(join(capture.folder, LINKS), { recursive: true, force: true });
    const manifest: SnapshotManifest = {
      format: MANIFEST_FORMAT,
      version: 1,
      time: capture.time,
      reason,
      articleCount: files.filter((f) => f.path.startsWith('articles/')).length,
      files,
    };
    await writeNewFileSynced(join(capture.folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
    await syncFolder(join(capture.folder, 'articles'));
    await syncFolder(capture.folder);
    const id = await publish(root, capture.folder, capture.time, reason);
    await syncFolder(root);
    return infoOf(id, manifest);
  } catch (error) {
    await rm(capture.folder, { recursive: true, force: true });
    throw error;
  }
}

/** Both steps at once, for callers that may not wait for the store's queue (see open-core.ts). */
export async function takeSnapshot(dataDir: string, time: string, reason: SnapshotReason): Promise<BackupInfo> {
  return writeSnapshot(dataDir, await captureDataFiles(dataDir, time), reason);
}

/** The ids of the snapshots in the folder, newest first (read from the names alone). */
export async function snapshotIds(dataDir: string): Promise<string[]> {
  const names = await readdir(join(dataDir, BACKUPS_FOLDER)).catch((error: unknown) => {
    if (codeOf(error) === 'ENOENT') return [];
    throw error;
  });
  return names
    .filter((name) => parseSnapshotId(name) !== undefined)
    .sort()
    .reverse();
}

/** Every snapshot with a readable manifest, newest first. */
export async function listBackups(dataDir: string): Promise<BackupInfo[]> {
  const backups: BackupInfo[] = [];
  for (const id of await snapshotIds(dataDir)) {
    const manifest = await readManifest(join(dataDir, BACKUPS_FOLDER, id)).catch(() => undefined);
    if (manifest) backups.push(infoOf(id, manifest));
  }
  return backups.sort((a, b) => b.time.localeCompare(a.time) || b.id.localeCompare(a.id));
}

/** Removes the folders of snapshots a crash interrupted; run before anything can start a new one. */
export async function removeUnfinishedSnapshots(dataDir: string): Promise<void> {
  const root = join(dataDir, BACKUPS_FOLDER);
  const names = await readdir(root).catch(() => []);
  for (const name of names.filter((n) => n.startsWith(UNFINISHED_PREFIX))) {
    await rm(join(root, name), { recursive: true, force: true });
  }
}
