import { join } from 'node:path';
import type { Store } from '../store/store';
import { fileStampOf } from './article-sync';
import { articleIdOfDoc } from './doc-layout';
import { LIBRARY_GROUP } from './library-sync';
import type { Mirror } from './mirror';

/** The groups the exchange works on: `article:<id>` (an article, its versions and claims) and the library. */
export const ARTICLE_GROUP = 'article:';
export const INCOMING = 'incoming';
export const SCAN = 'scan';

export const articleGroup = (articleId: string): string => `${ARTICLE_GROUP}${articleId}`;

/** The group a document of the mirror belongs to. */
export function groupOfDoc(docId: string): string {
  const articleId = articleIdOfDoc(docId);
  return articleId ? articleGroup(articleId) : LIBRARY_GROUP;
}

/** The name of a group's base record (see reconcile.ts). */
export function basesName(group: string): string {
  return group.startsWith(ARTICLE_GROUP) ? group.slice(ARTICLE_GROUP.length) : group;
}

/**
 * At start and after a restore: every article whose file changed since it was last exchanged (by size
 * and time), every article the mirror has and the folder does not, the library, and what arrived.
 */
export async function scanGroups(store: Store, mirror: Mirror, add: (group: string) => void): Promise<void> {
  const local = new Set(store.listArticles().map((a) => a.id));
  for (const id of local) {
    const stamp = await fileStampOf(join(store.dir, 'articles', `${id}.json`));
    if ((await mirror.bases(id)).fileStamp !== stamp) add(articleGroup(id));
  }
  const known = await mirror.db.allDocs({ startkey: 'article:', endkey: 'article:\uffff' });
  for (const row of known.rows) {
    const id = articleIdOfDoc(row.id);
    if (id && !local.has(id)) add(articleGroup(id));
  }
  add(LIBRARY_GROUP);
  add(INCOMING);
}

/**
 * What the mirror received since it was last looked at, group by group, each exchanged before the
 * checkpoint moves on (a crash never skips what arrived); this machine's own writes are skipped.
 */
export async function takeIncoming(mirror: Mirror, exchange: (group: string) => Promise<void>): Promise<void> {
  const state = (await mirror.local<{ importedSeq?: number | string }>('sync-state')) ?? {};
  let since = state.importedSeq ?? 0;
  for (;;) {
    const batch = await mirror.db.changes({ since, limit: 500 });
    if (batch.results.length === 0) return;
    const groups = new Map<string, Map<string, string>>();
    for (const change of batch.results) {
      const group = groupOfDoc(change.id);
      if (!groups.has(group)) groups.set(group, new Map());
      groups.get(group)!.set(change.id, change.changes[0]?.rev ?? '');
    }
    for (const [group, revs] of groups) {
      const bases = await mirror.bases(basesName(group));
      if ([...revs].every(([id, rev]) => bases.revs[id] === rev)) continue;
      await exchange(group);
    }
    since = batch.last_seq;
    await mirror.setLocal('sync-state', { importedSeq: since });
  }
}
