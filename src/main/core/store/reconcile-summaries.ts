import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ArticleSummary } from '../../../shared/model';
import { summarize } from '../domain/summary';
import type { ArticleFile } from './file-schemas';
import type { ValidatedJsonFile } from './validated-json-file';

/** Article files whose times are asked for at once: a thousand one by one took a noticeable part of start-up. */
const STAT_BATCH = 64;

/** Each article file's modification time, by article id. */
export type ArticleFileTimes = Map<string, number>;

/**
 * The modification time of every article file. The store starts this before it reads library.json,
 * so that the disk answers while the list is parsed and checked.
 */
export async function articleFileTimes(dir: string): Promise<ArticleFileTimes> {
  const names = (await readdir(join(dir, 'articles'))).filter((n) => /^a[0-9a-z]+\.json$/.test(n));
  const times: ArticleFileTimes = new Map();
  for (let at = 0; at < names.length; at += STAT_BATCH) {
    const batch = names.slice(at, at + STAT_BATCH);
    const found = await Promise.all(batch.map((name) => stat(join(dir, 'articles', name)).then((s) => s.mtimeMs)));
    batch.forEach((name, i) => times.set(name.slice(0, -'.json'.length), found[i]!));
  }
  return times;
}

/**
 * The article list in library.json is derived from the article files and written a moment after
 * them. After a crash in between, the few article files newer than library.json (or missing from
 * it) are read and their entries rebuilt, as are entries in an older shape. Returns the mended list, or undefined if nothing changed.
 */
export async function reconcileSummaries(
  dir: string,
  listed: readonly ArticleSummary[],
  adapterFor: (id: string) => ValidatedJsonFile<ArticleFile>,
  fileTimes: Promise<ArticleFileTimes> = articleFileTimes(dir),
): Promise<ArticleSummary[] | undefined> {
  // Taken now, after library.json was read (and perhaps migrated or moved aside as damaged).
  const libraryTime = await stat(join(dir, 'library.json')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const listedIds = new Set(listed.map((a) => a.id));
  // Entries written before the list kept counts per status and cited sources are rebuilt once.
  const outdated = new Set(listed.filter((a) => !a.statusCounts || !a.sourceIds).map((a) => a.id));
  const stale: string[] = [];
  for (const [id, mtimeMs] of await fileTimes) {
    // A listed file at or after the list's time is read again (file times are coarse, a few ms, so a
    // tie may hide a later write). An unlisted file counts only if strictly newer: an older one was
    // deleted (its move to trash/ failed), and must stay deleted.
    const isListed = listedIds.has(id);
    if (isListed ? mtimeMs >= libraryTime || outdated.has(id) : mtimeMs > libraryTime) stale.push(id);
  }
  let articles = [...listed];
  let changed = false;
  for (const id of stale) {
    const file = await adapterFor(id)
      .read()
      .catch(() => null);
    if (!file) continue;
    const summary = summarize(file.article);
    const at = articles.findIndex((a) => a.id === id);
    if (at >= 0 && isDeepStrictEqual(articles[at], summary)) continue;
    articles = at >= 0 ? articles.map((a, i) => (i === at ? summary : a)) : [...articles, summary];
    changed = true;
  }
  return changed ? articles : undefined;
}
