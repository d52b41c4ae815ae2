import { storageError } from '../store/storage-error';
import { takeSnapshot } from './snapshot';

/**
 * The hook the store runs before it upgrades a file to a newer schema: one full snapshot per
 * session, taken before the first upgrade, holds every file as it was (files are upgraded one by
 * one as they are read). It is taken directly, not through the store's queue, because the store
 * may be inside that queue when it reads the file.
 */
export function snapshotBeforeMigration(dataDir: string, now: () => string): () => Promise<void> {
  let taken: Promise<unknown> | undefined;
  return async () => {
    taken ??= takeSnapshot(dataDir, new Date(Date.parse(now())).toISOString(), 'pre-migration').catch(
      (error: unknown) => {
        taken = undefined;
        throw storageError(error, 'the backup taken before upgrading the data');
      },
    );
    await taken;
  };
}
