import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_FILE_NAME } from './durable-write';

/**
 * Removes the temp files of writes cut short by a crash (each as large as the file it was to
 * replace), so that they do not pile up over the years. Only the holder of the data folder's lock
 * may call this: every other writer is then gone. Best effort: a file that cannot be removed stays.
 */
export async function removeStaleTempFiles(dirs: readonly string[]): Promise<void> {
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => []);
    for (const name of names.filter((n) => TEMP_FILE_NAME.test(n))) {
      await rm(join(dir, name), { force: true }).catch(() => undefined);
    }
  }
}
