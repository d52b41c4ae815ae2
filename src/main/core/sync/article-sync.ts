import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, Deletion } from '../../../shared/model';
import { sortKeys } from './canonical';
import { StaleArticleError } from '../store/store';
import { assembleArticle } from './article-assembly';
import {
  articleDocId,
  articleDocRanges,
  articleRecordContents,
  contentOf,
  versionDocId,
  type RecordContent,
  type RecordDoc,
  type VersionDoc,
} from './doc-layout';
import type { Writer } from './field-clock';
import type { Stored } from './mirror';
import { reconcileRecord, type Outcome } from './reconcile';
import { nothingExchanged, type Exchange, type SyncContext } from './sync-context';

/** The file's size and time: unchanged since the last exchange → nothing to export at start-up. */
export async function fileStampOf(path: string): Promise<string> {
  return stat(path).then(
    (info) => `${info.size}:${info.mtimeMs}`,
    () => 'absent',
  );
}

function deletion(writer: Writer): Deletion {
  return { at: writer.at, by: writer.by };
}

/** The content a record ends with once its outcome is applied. */
function finalContent(outcome: Outcome, local: RecordContent | undefined): RecordContent | undefined {
  switch (outcome.kind) {
    case 'import':
      return outcome.content;
    case 'merge':
      return contentOf(outcome.doc);
    default:
      return local;
  }
}

async function readLocal(context: SyncContext, articleId: string): Promise<Article | undefined | 'unreadable'> {
  if (!context.store.listArticles().some((a) => a.id === articleId)) return undefined;
  return context.store.getArticle(articleId).catch(() => 'unreadable' as const);
}

/**
 * Brings one article's documents and its file into agreement: this machine's changes go to the
 * mirror, the desk's come into the file (through the store, as any change), both merged when both
 * changed. Sync never sits in the write path: this runs after the store's write is durable.
 */
export async function syncArticle(context: SyncContext, articleId: string): Promise<Exchange> {
  const { store, mirror } = context;
  const exchange = nothingExchanged();
  const fileStamp = await fileStampOf(join(store.dir, 'articles', `${articleId}.json`));
  const local = await readLocal(context, articleId);
  if (local === 'unreadable') return exchange; // the editor is told by the store; the mirror keeps the desk's copy
  const writer = context.writer();
  const bases = await mirror.bases(articleId);
  const current = new Map<string, Stored>([
    ...(await mirror.read([articleDocId(articleId)])),
    ...(await Promise.all(articleDocRanges(articleId).map((r) => mirror.readRange(r.startkey, r.endkey)))).flatMap(
      (m) => [...m],
    ),
  ]);
  const records = new Map<string, Stored<RecordDoc>>();
  const versions = new Map<number, VersionDoc>();
  for (const [id, stored] of current) {
    if (stored.doc.type === 'version') versions.set(stored.doc.version.n, stored.doc);
    else if (stored.doc.type !== 'attachment') records.set(id, stored as Stored<RecordDoc>);
  }
  const baseBody = async (id: string): Promise<RecordDoc | undefined> => {
    const rev = bases.revs[id];
    if (!rev) return undefined;
    if (records.get(id)?.rev === rev) return records.get(id)!.doc;
    return (await mirror.revision(id, rev)) as RecordDoc | undefined;
  };
  const locals = local ? articleRecordContents(local) : new Map<string, RecordContent>();
  /** Claims gone from the file without passing through its trash: they go there now, here as everywhere. */
  const vanished = new Set<string>();
  if (local) {
    for (const id of Object.keys(bases.revs)) {
      if (locals.has(id) || !id.startsWith('claim:')) continue;
      const before = (await baseBody(id)) ?? records.get(id)?.doc;
      if (!before) continue;
      locals.set(id, sortKeys({ ...contentOf(before), deleted: contentOf(before).deleted ?? deletion(writer) }));
      vanished.add(id);
    }
  } else if (bases.revs[articleDocId(articleId)]) {
    // This machine had the article and it is gone from its list: it was deleted here.
    const before = await baseBody(articleDocId(articleId));
    if (before)
      locals.set(
        articleDocId(articleId),
        sortKeys({ ...contentOf(before), deleted: before.deleted ?? deletion(writer) }),
      );
  }

  const outcomes = new Map<string, Outcome>();
  for (const id of new Set([...locals.keys(), ...records.keys()])) {
    const stored = records.get(id);
    const mine = locals.get(id);
    const needsBase = mine && stored && bases.revs[id] !== stored.rev;
    outcomes.set(
      id,
      reconcileRecord(
        id,
        {
          ...(mine ? { local: mine } : {}),
          ...(stored ? { current: stored } : {}),
          ...(bases.revs[id] ? { baseRev: bases.revs[id] } : {}),
          ...(needsBase ? { base: await baseBody(id) } : {}),
        },
        writer,
      ),
    );
  }

  // This machine's new versions (a version never changes once written).
  const newVersions = (local?.versions ?? []).filter((v) => !versions.has(v.n));
  const meta = { updatedBy: writer.by, machine: writer.machine, updatedAt: writer.at };
  const writes = [
    ...newVersions.map((version) => ({
      id: versionDocId(articleId, version.n),
      doc: { type: 'version' as const, articleId, version, ...meta },
    })),
    ...[...outcomes].flatMap(([id, o]) =>
      o.kind === 'export' || o.kind === 'merge' ? [{ id, doc: o.doc, ...(o.parent ? { parent: o.parent } : {}) }] : [],
    ),
  ];
  const written = await mirror.write(writes);
  exchange.exported = [...outcomes.values()].filter((o) => o.kind === 'export').length + newVersions.length;
  for (const [id, outcome] of outcomes) {
    const rev = written.get(id);
    if (outcome.kind === 'same' && outcome.rev) bases.revs[id] = outcome.rev;
    if (outcome.kind === 'export' && rev) bases.revs[id] = rev;
    if ((outcome.kind === 'export' || outcome.kind === 'merge') && !rev) exchange.retry = true;
  }

  // What the file should hold now.
  const articleDoc = articleDocId(articleId);
  const articleOutcome = outcomes.get(articleDoc) ?? { kind: 'none' as const };
  const target = finalContent(articleOutcome, locals.get(articleDoc));
  const incoming = [...outcomes].filter(([id, o]) => o.kind === 'import' || o.kind === 'merge' || vanished.has(id));
  let wroteLocal = false;
  if (target && !target.deleted && incoming.length > 0) {
    const claims = new Map<string, RecordContent>();
    for (const [id, outcome] of outcomes) {
      const content = finalContent(outcome, locals.get(id));
      if (id.startsWith('claim:') && content) claims.set(id, content);
    }
    const assembly = assembleArticle(articleId, target, claims, local?.versions ?? [], versions);
    // Parts still on the way (a version) arrive with a later change, which brings the article here again.
    if (!assembly.ok) {
      if (!assembly.waiting) context.refused(`the article ${articleId} from the desk (${assembly.reason})`);
    } else {
      wroteLocal = await writeArticle(context, local, assembly.article);
      if (!wroteLocal) exchange.retry = true;
    }
  } else if (target?.deleted && local && incoming.some(([id]) => id === articleDoc)) {
    wroteLocal = await store.deleteArticle(articleId, local).then(
      () => true,
      (error: unknown) => {
        if (!(error instanceof StaleArticleError)) throw error;
        exchange.retry = true;
        return false;
      },
    );
  }
  if (wroteLocal) {
    exchange.imported = incoming.length;
    for (const [id, outcome] of incoming) {
      const rev = outcome.kind === 'merge' ? written.get(id) : outcome.kind === 'import' ? outcome.rev : undefined;
      if (rev) bases.revs[id] = rev;
    }
  }
  await mirror.setBases(articleId, { revs: bases.revs, fileStamp: wroteLocal ? '' : fileStamp });
  return exchange;
}

/** Writes the article through the store; false when the file changed meanwhile (then it is tried again). */
async function writeArticle(context: SyncContext, local: Article | undefined, next: Article): Promise<boolean> {
  const { store } = context;
  if (!local) {
    if (store.listArticles().some((a) => a.id === next.id)) return false;
    await store.createArticle(next);
    return true;
  }
  try {
    await store.updateArticle(
      next.id,
      (draft) => {
        for (const key of Object.keys(draft)) delete (draft as unknown as Record<string, unknown>)[key];
        Object.assign(draft, next);
      },
      'the changes from the desk',
      (article) => {
        if (article !== local) throw new StaleArticleError(next.id);
        return { ...article };
      },
    );
    return true;
  } catch (error) {
    if (error instanceof StaleArticleError) return false;
    throw error;
  }
}
