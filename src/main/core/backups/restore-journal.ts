import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurable } from '../store/durable-write';
import { makePrivateDir } from '../store/private-files';
import { BACKUPS_FOLDER } from './layout';
import { readSnapshot, replaceDataFiles } from './restore';

/**
 * A restore replaces many files one by one. Its journal is written before the first and removed after
 * the last, so that a crash in between is finished on the next start instead of leaving the folder a
 * mix of two moments. Finishing is safe to repeat: files already in place are left alone.
 */
interface RestoreJournal {
  snapshot: string;
  undo: string;
  stamp: number;
}

const journalPath = (dataDir: string): string => join(dataDir, BACKUPS_FOLDER, 'restore-in-progress.json');

export async function beginRestore(dataDir: string, journal: RestoreJournal): Promise<void> {
  await makePrivateDir(join(dataDir, BACKUPS_FOLDER));
  await writeFileDurable(journalPath(dataDir), JSON.stringify(journal));
}

export async function endRestore(dataDir: string): Promise<void> {
  await rm(journalPath(dataDir), { force: true });
}

/**
 * Finishes a restore a crash cut short (before the store opens). Returns what was finished, or
 * undefined when none was pending. A journal naming a backup that cannot be read is set aside and
 * reported, and the folder is left as it is.
 */
export async function finishInterruptedRestore(dataDir: string): Promise<RestoreJournal | undefined> {
  let journal: RestoreJournal;
  try {
    journal = JSON.parse(await readFile(journalPath(dataDir), 'utf8')) as RestoreJournal;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    console.error(`[backups] the restore journal could not be read: ${(error as Error).message}`);
    await endRestore(dataDir);
    return undefined;
  }
  try {
    const snapshot = await readSnapshot(dataDir, journal.snapshot);
    await replaceDataFiles(dataDir, snapshot.files, journal.stamp);
  } catch (error) {
    console.error(
      `[backups] an interrupted restore of ${journal.snapshot} could not be finished (${(error as Error).message}); what was there before it is the backup ${journal.undo}.`,
    );
  }
  await endRestore(dataDir);
  return journal;
}
