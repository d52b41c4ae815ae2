import {
  ARTICLE_SCHEMA_VERSION,
  LIBRARY_SCHEMA_VERSION,
  articleFileSchema,
  libraryFileSchema,
} from '../store/file-schemas';
import { migrate } from '../store/migrations/migrate';
import { articleMigrations, libraryMigrations } from '../store/migrations';
import { PAST_CHECKS_SCHEMA_VERSION, pastChecksFileSchema } from '../past-checks/archive-file';
import { LIBRARY_FILE, PAST_CHECKS_FILE } from './layout';

/**
 * Checks a data file's bytes as the store would read them (older schemas are upgraded in memory
 * only), without touching the file. Returns what is wrong, or undefined when the store can use it.
 */
export function checkDataFile(path: string, bytes: Uint8Array): string | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return 'is not valid JSON';
  }
  if (path === PAST_CHECKS_FILE) return checkArchive(raw);
  const isLibrary = path === LIBRARY_FILE;
  let doc: unknown;
  try {
    doc = isLibrary
      ? migrate(raw, libraryMigrations, LIBRARY_SCHEMA_VERSION, path).doc
      : migrate(raw, articleMigrations, ARTICLE_SCHEMA_VERSION, path).doc;
  } catch (error) {
    return `cannot be read (${(error as Error).message})`;
  }
  const checked = isLibrary ? libraryFileSchema.safeParse(doc) : articleFileSchema.safeParse(doc);
  if (!checked.success) {
    const first = checked.error.issues[0];
    return `does not match the expected shape (${first?.path.join('.') ?? ''}: ${first?.message ?? ''})`;
  }
  if ('article' in checked.data && `articles/${checked.data.article.id}.json` !== path) {
    return `holds article ${checked.data.article.id}, not the one its name says`;
  }
  return undefined;
}

/** past-checks.json: no migrations yet, so its version must be the one this app writes. */
function checkArchive(raw: unknown): string | undefined {
  const checked = pastChecksFileSchema.safeParse(raw);
  if (!checked.success) {
    const first = checked.error.issues[0];
    return `does not match the expected shape (${first?.path.join('.') ?? ''}: ${first?.message ?? ''})`;
  }
  if (checked.data.schemaVersion > PAST_CHECKS_SCHEMA_VERSION) return 'was written by a newer version of the workbench';
  return undefined;
}
