import { join } from 'node:path';
import { Low } from 'lowdb';
import { LIBRARY_SCHEMA_VERSION, libraryFileSchema, type LibraryFile } from './file-schemas';
import { libraryMigrations } from './migrations';
import type { StoreWrites } from './store-writes';
import { ValidatedJsonFile } from './validated-json-file';

export interface LibraryIndexOptions {
  defaultEditorName: string;
  beforeMigration?: () => Promise<void>;
}

/** library.json: the article list, the sources library and the settings, held in memory. */
export class LibraryIndex {
  private constructor(
    private readonly file: Low<LibraryFile>,
    private readonly writes: StoreWrites,
    private readonly options: LibraryIndexOptions,
  ) {}

  static async open(dir: string, writes: StoreWrites, options: LibraryIndexOptions): Promise<LibraryIndex> {
    const adapter = new ValidatedJsonFile<LibraryFile>(join(dir, 'library.json'), {
      label: 'The library index (library.json)',
      schema: libraryFileSchema,
      migrations: libraryMigrations,
      schemaVersion: LIBRARY_SCHEMA_VERSION,
      backupDir: join(dir, 'backups', 'pre-migration'),
      whenDamaged:
        'Until then, the next start lists the articles again from their own files, without the sources and settings, which stay in the moved file.',
      ...(options.beforeMigration ? { beforeMigration: options.beforeMigration } : {}),
    });
    const file = new Low<LibraryFile>(adapter, emptyLibrary(options.defaultEditorName));
    await file.read();
    return new LibraryIndex(file, writes, options);
  }

  get data(): LibraryFile {
    return this.file.data;
  }

  /** Changes memory only: for the article list, whose entries reach the file a moment later. */
  set data(next: LibraryFile) {
    this.file.data = next;
  }

  /** Writes first; memory changes only once the file is durably on disk. */
  async write(next: LibraryFile, what: string): Promise<void> {
    await this.writes.write(this.file.adapter, next, what);
    this.file.data = next;
  }

  /** Reads the file again, as on open (a restore replaced it). */
  async reread(): Promise<void> {
    this.file.data = (await this.file.adapter.read()) ?? emptyLibrary(this.options.defaultEditorName);
  }
}

function emptyLibrary(editorName: string): LibraryFile {
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, articles: [], sources: [], settings: { editorName } };
}
