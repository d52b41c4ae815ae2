import { isDeepStrictEqual } from 'node:util';
import { summarize } from '../../src/main/core/domain/summary';
import type { DiskState } from './disk-state';
import type { Expectations } from './expectations';
import { isArticleGone, isListed, valueOnDisk } from './stored-keys';

export interface KillVerdict {
  /** Values checked that had an acknowledged value to find. */
  checked: number;
  /** Acknowledged values that are not on disk (nor replaced by a later in-flight one). */
  lost: string[];
}

/** Checks the files left by a killed core against every value acknowledged before the kill. */
export function verifyAfterKill(disk: DiskState, expectations: Expectations): KillVerdict {
  const verdict: KillVerdict = { checked: 0, lost: [] };
  for (const key of expectations.all()) {
    const allowed = expectations.allowed(key);
    const found = valueOnDisk(key, disk);
    if (isArticleGone(found) || expectations.lastAcked(key) === undefined) continue;
    verdict.checked++;
    if (found === undefined || !allowed.includes(found)) {
      verdict.lost.push(
        `${key} is ${JSON.stringify(found)}; expected ${allowed.map((v) => JSON.stringify(v)).join(' or ')}`,
      );
    }
    const articleId = key.split(':')[1]!;
    if (key.endsWith(':listed') && found === 'no' && expectations.lastAcked(key) === 'no') {
      // An acknowledged deletion has moved the file to trash/: nothing is erased, nothing lingers.
      if (disk.articles.has(articleId)) verdict.lost.push(`deleted article ${articleId} is still in articles/`);
      if (!disk.trash.some((name) => name.startsWith(`${articleId}.`))) {
        verdict.lost.push(`deleted article ${articleId} is not in trash/`);
      }
    }
  }
  return verdict;
}

/**
 * After a restart through openCore, the article list in library.json must match the article
 * files (it is written a moment after them and mended on start): every entry has its file and the
 * summary of that file, and every article the harness knows is listed.
 */
export function verifyListAfterRestart(disk: DiskState, knownArticles: readonly string[]): string[] {
  const problems: string[] = [];
  for (const entry of disk.library?.articles ?? []) {
    const file = disk.articles.get(entry.id);
    if (!file) problems.push(`the list names ${entry.id}, which has no file`);
    else if (!isDeepStrictEqual(entry, summarize(file.article))) {
      problems.push(`the list entry of ${entry.id} does not match its file`);
    }
  }
  for (const id of knownArticles) {
    if (!isListed(disk, id)) problems.push(`article ${id} is missing from the list`);
  }
  return problems;
}
