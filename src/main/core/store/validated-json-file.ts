import { readdir, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { AppError } from '../app-error';
import { DataFileError } from './data-file-error';
import { writeFileDurable } from './durable-write';
import { makePrivateDir, writePrivateFile } from './private-files';
import { MigrationError, migrate, type Migration } from './migrations/migrate';

export interface ValidatedJsonFileOptions<T> {
  /** How the editor knows this file, e.g. "The article file a1b2…". */
  label: string;
  schema: z.ZodType<T>;
  migrations: readonly Migration[];
  schemaVersion: number;
  /** Where the original bytes of a migrated file are kept. */
  backupDir: string;
  /** Runs before a migrated file is written back, while the original is still on disk. */
  beforeMigration?: () => Promise<void>;
  /** What happens next when this file is moved aside as damaged, told to the editor. */
  whenDamaged?: string;
}

function logFault(error: MigrationError): void {
  const cause = error.cause instanceof Error ? (error.cause.stack ?? error.cause.message) : String(error.cause);
  console.error(`[store] ${error.message} ${cause}`);
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * A lowdb adapter that checks what it reads: damaged files are moved aside (never deleted) and
 * reported; older schema versions are migrated, with the original kept in the backup folder.
 */
export class ValidatedJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly options: ValidatedJsonFileOptions<T>,
  ) {}

  /**
   * Reads and checks the file. `look` is for reads outside the store's write queue (search,
   * citations): they only look — a damaged file is reported but left where it is, and an older
   * schema is upgraded in memory but not written back — so that they never race a write or restore.
   */
  async read(mode: 'use' | 'look' = 'use'): Promise<T | null> {
    const damaged = (reason: string): Promise<DataFileError> =>
      mode === 'look'
        ? Promise.resolve(
            new DataFileError('CORRUPT_FILE', this.path, `${this.options.label} ${reason}; it was left where it is.`),
          )
        : this.quarantine(reason);
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new AppError('STORAGE', `${this.options.label} could not be read: ${(error as Error).message}.`);
    }
    const { label, schema, migrations, schemaVersion } = this.options;
    let text: string;
    try {
      // Bytes that are not UTF-8 are damage: replaced by U+FFFD, they would be lost on the next save.
      // A byte order mark, as some editors save it, is not damage; the decoder drops it.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw await damaged('is not UTF-8 text');
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw await damaged('is not valid JSON');
    }
    let migrated;
    try {
      migrated = migrate(raw, migrations, schemaVersion, label);
    } catch (error) {
      // Only a file without a schema version is damage; a newer file or a failing step is left alone.
      if (error instanceof MigrationError && error.failure === 'unversioned') {
        throw await damaged('has no valid schema version');
      }
      if (error instanceof MigrationError && error.failure === 'broken') logFault(error);
      throw error;
    }
    const checked = schema.safeParse(migrated.doc);
    if (!checked.success) {
      const first = checked.error.issues[0];
      throw await damaged(
        `does not match the expected shape (${first?.path.join('.') ?? ''}: ${first?.message ?? ''})`,
      );
    }
    if (migrated.migratedFrom !== undefined && mode === 'use') {
      await this.options.beforeMigration?.();
      await makePrivateDir(this.options.backupDir);
      const keep = join(this.options.backupDir, `${basename(this.path)}.schema-${migrated.migratedFrom}.${stamp()}`);
      await writePrivateFile(keep, bytes);
      await this.write(checked.data);
    }
    return checked.data;
  }

  async write(data: T): Promise<void> {
    await writeFileDurable(this.path, JSON.stringify(data));
  }

  private async quarantine(reason: string): Promise<DataFileError> {
    const aside = join(dirname(this.path), `${basename(this.path)}.damaged-${stamp()}`);
    try {
      await rename(this.path, aside);
    } catch (error) {
      return new DataFileError(
        'CORRUPT_FILE',
        this.path,
        `${this.options.label} ${reason}, and it could not be moved aside: ${(error as Error).message}.`,
      );
    }
    return new DataFileError('CORRUPT_FILE', this.path, `${this.options.label} ${reason}. ${this.movedAside(aside)}`);
  }

  private movedAside(aside: string): string {
    const next = this.options.whenDamaged ? ` ${this.options.whenDamaged}` : '';
    return `It was moved to ${aside} unchanged, so that nothing is lost; restore it from a backup or send it for repair.${next}`;
  }

  /**
   * Why the file is missing if an earlier read moved it aside as damaged (perhaps unseen, while the
   * article list was mended on start); undefined if there is no damaged copy.
   */
  async movedAsideError(): Promise<DataFileError | undefined> {
    const name = `${basename(this.path)}.damaged-`;
    const asides = (await readdir(dirname(this.path)).catch(() => [])).filter((n) => n.startsWith(name)).sort();
    const latest = asides.at(-1);
    if (latest === undefined) return undefined;
    return new DataFileError(
      'CORRUPT_FILE',
      this.path,
      `${this.options.label} was found damaged. ${this.movedAside(join(dirname(this.path), latest))}`,
    );
  }
}
