import { createHash } from 'node:crypto';
import type { ParsedFactChecks, StoredPastCheck } from '../../../shared/past-checks';
import { urlKey } from '../../../shared/urls';

type ParsedItem = ParsedFactChecks['items'][number];

/** What tells two fact-checks apart: the review's address (written either way), else its identifier. */
export function dedupeKey(item: Pick<StoredPastCheck, 'url' | 'identifier'>): string {
  return item.url ? `url:${urlKey(item.url)}` : `id:${item.identifier ?? ''}`;
}

/** The archive id of an imported item: the same fact-check gets the same id on every machine. */
export function pastCheckIdOf(key: string): string {
  return `pc-${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
}

/** The new items a file would add, and how many of its items the archive (or the file itself) already holds. */
export function planImport(
  items: readonly ParsedItem[],
  stored: readonly StoredPastCheck[],
  importedAt: string,
): { added: StoredPastCheck[]; duplicates: number } {
  const seen = new Set(stored.map(dedupeKey));
  const added: StoredPastCheck[] = [];
  let duplicates = 0;
  for (const item of items) {
    const key = dedupeKey(item);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    added.push({ id: pastCheckIdOf(key), ...item, importedAt });
  }
  return { added, duplicates };
}
