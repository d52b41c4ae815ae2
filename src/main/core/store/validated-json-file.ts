import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { AppError } from '../app-error';
import { DataFileError } from './data-file-error';
import { writeFileDurable } from './durable-write';
import { migrate, type Migration } from './migrations/migrate';

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

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new AppError('STORAGE', `${this.options.label} could not be read: ${(error as Error).message}.`);
    }
    const { label, schema, migrations, schemaVersion } = this.options;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw await this.quarantine('is not valid JSON');
    }
    let migrated;
    try {
      migrated = migrate(raw, migrations, schemaVersion, label);
    } catch (error) {
      if (error instanceof AppError && /newer version/.test(error.message)) throw error;
      throw await this.quarantine('has no valid schema version');
    }
    const checked = schema.safeParse(migrated.doc);
    if (!checked.success) {
      const first = checked.error.issues[0];
      throw await this.quarantine(
        `does not match the expected shape (${first?.path.join('.') ?? ''}: ${first?.message ?? ''})`,
      );
    }
    if (migrated.migratedFrom !== undefined) {
      await this.options.beforeMigration?.();
      await mkdir(this.options.backupDir, { recursive: true });
      const keep = join(this.options.backupDir, `${basename(this.path)}.schema-${migrated.migratedFrom}.${stamp()}`);
      await writeFile(keep, text, 'utf8');
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
    return new DataFileError(
      'CORRUPT_FILE',
      this.path,
      `${this.options.label} ${reason}. It was moved to ${aside} unchanged, so that nothing is lost; restore it from a backup or send it for repair.`,
    );
  }
}
