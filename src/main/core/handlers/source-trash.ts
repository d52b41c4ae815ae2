import { join } from 'node:path';
import type { Source } from '../../../shared/model';
import { writeFileDurable } from '../store/durable-write';
import { makePrivateDir } from '../store/private-files';
import { storageError } from '../store/storage-error';

/** A deleted or merged source is kept in trash/, as deleted articles are: nothing is erased. */
export async function moveSourceToTrash(dataDir: string, source: Source): Promise<void> {
  const trash = join(dataDir, 'trash');
  try {
    await makePrivateDir(trash);
    await writeFileDurable(join(trash, `source-${source.id}.${Date.now()}.json`), JSON.stringify(source, null, 2));
  } catch (error) {
    throw storageError(error, `the source “${source.title}”`);
  }
}
