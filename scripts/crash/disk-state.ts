import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { readSnapshot } from '../../src/main/core/backups/restore';
import { snapshotIds } from '../../src/main/core/backups/snapshot';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  articleFileSchema,
  libraryFileSchema,
  type ArticleFile,
  type LibraryFile,
} from '../../src/main/core/store/file-schemas';

/** The data folder as a fresh reader finds it: no code of the process that wrote it is involved. */
export interface DiskState {
  /** undefined while the library has never been written. */
  library: LibraryFile | undefined;
  libraryMtimeMs: number;
  /** The valid article files in articles/, by article id. */
  articles: Map<string, ArticleFile>;
  trash: string[];
  /** Data files that do not parse or validate, and files moved aside as damaged. */
  corrupt: string[];
  /** Temp files of interrupted writes (harmless: never read). */
  strayTempFiles: number;
}

type Parsed<T> = { ok: true; data: T } | { ok: false; reason: string };

function parseWith<T>(text: string, schema: z.ZodType<T>): Parsed<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${(error as Error).message})` };
  }
  const checked = schema.safeParse(raw);
  return checked.success ? { ok: true, data: checked.data } : { ok: false, reason: 'does not match its schema' };
}

async function listNames(dir: string): Promise<string[]> {
  return readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
}

/**
 * What library.json and the backups folder point to must be whole: every attached file a source
 * lists is there with its checksum, and every listed snapshot reads back complete and checked.
 */
async function checkReferences(dir: string, state: DiskState): Promise<void> {
  for (const source of state.library?.sources ?? []) {
    for (const attachment of source.attachments ?? []) {
      const path = join(dir, 'attachments', `${attachment.sha256}.${attachment.extension}`);
      const bytes = await readFile(path).catch(() => undefined);
      if (!bytes || createHash('sha256').update(bytes).digest('hex') !== attachment.sha256) {
        state.corrupt.push(`attachments/${attachment.sha256}: listed by ${source.id} but missing or changed`);
      }
    }
  }
  for (const id of await snapshotIds(dir)) {
    await readSnapshot(dir, id).catch((error: Error) => state.corrupt.push(`backups/${id}: ${error.message}`));
  }
}

/** `references`: also check attachments and snapshots — only while no core runs (a live one prunes). */
export async function readDiskState(dir: string, references = false): Promise<DiskState> {
  const state: DiskState = {
    library: undefined,
    libraryMtimeMs: 0,
    articles: new Map(),
    trash: await listNames(join(dir, 'trash')),
    corrupt: [],
    strayTempFiles: 0,
  };
  const libraryPath = join(dir, 'library.json');
  const libraryText = await readFile(libraryPath, 'utf8').catch(() => undefined);
  if (libraryText !== undefined) {
    state.libraryMtimeMs = (await stat(libraryPath)).mtimeMs;
    const parsed = parseWith(libraryText, libraryFileSchema);
    if (parsed.ok) state.library = parsed.data;
    else state.corrupt.push(`library.json: ${parsed.reason}`);
  }
  if (references) await checkReferences(dir, state);
  for (const [folder, names] of [
    ['.', await listNames(dir)],
    ['articles', await listNames(join(dir, 'articles'))],
    ['attachments', await listNames(join(dir, 'attachments'))],
  ] as const) {
    for (const name of names) {
      if (name.includes('.damaged-')) state.corrupt.push(`${folder}/${name}: moved aside as damaged`);
      if (name.endsWith('.tmp')) state.strayTempFiles++;
      if (folder !== 'articles' || !/^a[0-9a-z]+\.json$/.test(name)) continue;
      const parsed = parseWith(await readFile(join(dir, folder, name), 'utf8'), articleFileSchema);
      if (parsed.ok) state.articles.set(name.slice(0, -'.json'.length), parsed.data);
      else state.corrupt.push(`articles/${name}: ${parsed.reason}`);
    }
  }
  return state;
}
