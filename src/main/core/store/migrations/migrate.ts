import { AppError } from '../../app-error';

export type JsonObject = Record<string, unknown>;

/** Upgrades a stored file from schema version `from` to `from + 1`. */
export interface Migration {
  from: number;
  describe: string;
  up: (doc: JsonObject) => JsonObject;
}

export interface MigrationResult {
  doc: JsonObject;
  /** The version the file had on disk, when it was older than `target`. */
  migratedFrom?: number;
}

/**
 * Why a file could not be brought up to date. Only `unversioned` says the file itself is damaged;
 * `newer` and `broken` (a missing or failing migration step: our bug) leave a good file where it is.
 */
export type MigrationFailure = 'unversioned' | 'newer' | 'broken';

export class MigrationError extends AppError {
  constructor(
    readonly failure: MigrationFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(failure === 'broken' ? 'INTERNAL' : 'STORAGE', message);
    this.name = 'MigrationError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings a parsed file up to `target`, one numbered step at a time. Files from a newer app are
 * refused rather than guessed at, so that an older app never damages them.
 */
export function migrate(
  raw: unknown,
  migrations: readonly Migration[],
  target: number,
  label: string,
): MigrationResult {
  if (!isObject(raw) || !Number.isInteger(raw.schemaVersion) || (raw.schemaVersion as number) < 1) {
    throw new MigrationError('unversioned', `${label} has no valid schemaVersion, so it is not a workbench file.`);
  }
  const found = raw.schemaVersion as number;
  if (found > target) {
    throw new MigrationError(
      'newer',
      `${label} was written by a newer version of the workbench (schema ${found}; this one reads up to ${target}). Update the app to open it.`,
    );
  }
  let doc = raw;
  for (let version = found; version < target; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new MigrationError('broken', `${label} cannot be upgraded: no step from schema ${version}.`);
    try {
      doc = { ...step.up(doc), schemaVersion: version + 1 };
    } catch (error) {
      throw new MigrationError(
        'broken',
        `${label} could not be upgraded from schema ${version} (${step.describe}). It was left unchanged; this is a fault in the workbench, not in the file.`,
        { cause: error },
      );
    }
  }
  return found < target ? { doc, migratedFrom: found } : { doc };
}
