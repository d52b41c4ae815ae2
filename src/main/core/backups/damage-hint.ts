import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { BackupInfo } from '../../../shared/backups';
import { AppError } from '../app-error';
import type { Handlers } from '../handlers/context';
import { DataFileError } from '../store/data-file-error';
import { checkDataFile } from './check-data-file';
import { describeBackup } from './describe';
import { BACKUPS_FOLDER, isDataFilePath, onDisk } from './layout';
import { listBackups } from './snapshot';

/** The newest snapshot whose copy of `path` (relative to the data folder) the store can read. */
export async function newestGoodCopy(dataDir: string, path: string): Promise<BackupInfo | undefined> {
  for (const backup of await listBackups(dataDir)) {
    const bytes = await readFile(onDisk(join(dataDir, BACKUPS_FOLDER, backup.id), path)).catch(() => undefined);
    if (bytes && checkDataFile(path, bytes) === undefined) return backup;
  }
  return undefined;
}

/** The sentence that points the editor from a damaged data file to the backup that can replace it. */
export async function damageHint(dataDir: string, file: string): Promise<string> {
  const path = relative(dataDir, file).split(sep).join('/');
  if (!isDataFilePath(path)) return '';
  const good = await newestGoodCopy(dataDir, path).catch(() => undefined);
  return good
    ? `The newest backup with a good copy of it is from ${describeBackup(good)}: restore it in Settings → Backups (Settings opens from your name at the top right).`
    : 'No backup holds a good copy of it yet.';
}

/** Adds the hint to the error of a damaged or missing data file; other errors pass unchanged. */
export async function withDamageHintOn(error: unknown, dataDir: string): Promise<unknown> {
  if (!(error instanceof DataFileError)) return error;
  const hint = await damageHint(dataDir, error.path);
  return hint ? new AppError(error.code, `${error.message} ${hint}`) : error;
}

/** Wraps every handler so that an editor who meets a damaged or missing file is offered the last good backup. */
export function offeringBackups(handlers: Handlers, dataDir: string): Handlers {
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (input: unknown) => Promise<unknown>][]) {
    wrapped[method] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        throw await withDamageHintOn(error, dataDir);
      }
    };
  }
  return wrapped as Handlers;
}
