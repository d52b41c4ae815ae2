import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUPS_FOLDER, parseSnapshotId } from './layout';
import { snapshotIds } from './snapshot';

/** The newest snapshots, whatever their day. */
export const KEEP_NEWEST = 3;
/** Calendar days, today included, that keep their newest snapshot. */
export const KEEP_DAYS = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The local calendar day of an instant, as a day number (daylight saving does not shift it). */
function localDay(time: string): number {
  const t = new Date(time);
  return Date.UTC(t.getFullYear(), t.getMonth(), t.getDate()) / DAY_MS;
}

/**
 * Which snapshots to keep: the 3 newest, and the newest of each of the last 10 local calendar days
 * (today and the 9 before it). Returns the kept ones, newest first.
 */
export function selectSnapshotsToKeep<T extends { id: string; time: string; reason?: string }>(
  snapshots: readonly T[],
  now: string,
): T[] {
  const today = localDay(now);
  const seenDays = new Set<number>();
  const seenUndo = new Set<string>();
  return [...snapshots]
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time) || b.id.localeCompare(a.id))
    .filter((snapshot, rank) => {
      const day = localDay(snapshot.time);
      const newestOfDay = !seenDays.has(day);
      seenDays.add(day);
      // The newest "before a restore" (and "before an upgrade") is what undoes it: kept for the
      // whole period, however many snapshots come after it.
      const undo = snapshot.reason === 'pre-restore' || snapshot.reason === 'pre-migration';
      const newestUndo = undo && !seenUndo.has(snapshot.reason!);
      if (undo) seenUndo.add(snapshot.reason!);
      return rank < KEEP_NEWEST || ((newestOfDay || newestUndo) && today - day < KEEP_DAYS);
    });
}

/** Deletes the snapshots the rule does not keep; returns their ids. */
export async function pruneSnapshots(dataDir: string, now: string): Promise<string[]> {
  const all = (await snapshotIds(dataDir)).map((id) => ({ id, ...parseSnapshotId(id)! }));
  const kept = new Set(selectSnapshotsToKeep(all, now).map((s) => s.id));
  const removed = all.filter((s) => !kept.has(s.id)).map((s) => s.id);
  for (const id of removed) {
    // Renamed out of the list first: a crash half-way through deleting never leaves a listed half.
    const doomed = join(dataDir, BACKUPS_FOLDER, `.unfinished-removed-${id}`);
    await rename(join(dataDir, BACKUPS_FOLDER, id), doomed);
    await rm(doomed, { recursive: true, force: true });
  }
  return removed;
}
