import { join } from 'node:path';
import { ValidatedJsonFile } from '../store/validated-json-file';
import type { Store } from '../store/store';
import { PAST_CHECKS_FILE } from '../backups/layout';
import { PAST_CHECKS_SCHEMA_VERSION, pastChecksFileSchema, type PastChecksFile } from './archive-file';
import { DEFAULT_FALLBACK } from './rating-map';

function emptyArchive(): PastChecksFile {
  return { schemaVersion: PAST_CHECKS_SCHEMA_VERSION, items: [], mapping: { labels: [], fallback: DEFAULT_FALLBACK } };
}

/**
 * past-checks.json: the imported fact-checks and the rating mapping, read on first use. Changes run
 * in the store's queue and write through its one write path (read-only refusal, the start-up
 * backup first, temp file, fsync, rename), so a backup never copies the folder halfway through one;
 * memory changes only once the file is on disk. After a restore (the store's generation changed)
 * the file is read again.
 */
export class PastCheckArchive {
  private readonly file: ValidatedJsonFile<PastChecksFile>;
  private cache: { generation: number; data: PastChecksFile } | undefined;

  constructor(private readonly store: Store) {
    this.file = new ValidatedJsonFile<PastChecksFile>(join(store.dir, PAST_CHECKS_FILE), {
      label: 'The archive of past fact-checks (past-checks.json)',
      schema: pastChecksFileSchema,
      migrations: [],
      schemaVersion: PAST_CHECKS_SCHEMA_VERSION,
      backupDir: join(store.dir, 'backups', 'pre-migration'),
      whenDamaged: 'Until then the archive starts empty; the articles and sources are not affected.',
    });
  }

  private fresh(): PastChecksFile | undefined {
    return this.cache?.generation === this.store.generationOf() ? this.cache.data : undefined;
  }

  private async load(): Promise<PastChecksFile> {
    const generation = this.store.generationOf();
    const data = (await this.file.read()) ?? emptyArchive();
    this.cache = { generation, data };
    return data;
  }

  /** The archive as stored; never change what it returns. */
  read(): Promise<PastChecksFile> {
    const data = this.fresh();
    return data ? Promise.resolve(data) : this.store.withExclusive(() => this.load());
  }

  /** Applies `change` to a copy of the archive and stores it durably; returns what `change` returns. */
  update<T>(change: (draft: PastChecksFile) => T, what: string): Promise<T> {
    return this.store.withExclusive(async () => {
      const current = this.fresh() ?? (await this.load());
      const draft: PastChecksFile = {
        ...current,
        items: [...current.items],
        mapping: structuredClone(current.mapping),
      };
      const result = change(draft);
      await this.store.writeDataFile(this.file, draft, what);
      this.cache = { generation: this.store.generationOf(), data: draft };
      return result;
    });
  }
}
