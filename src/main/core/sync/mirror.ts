import { join } from 'node:path';
import PouchDB from 'pouchdb-node';
import { makePrivateDir } from '../store/private-files';
import { sortKeys } from './canonical';
import { ATTACHMENT_NAME, type AttachmentDoc, type SyncDoc } from './doc-layout';
import { mergeDocs } from './merge-docs';

export type MirrorDb = PouchDB.Database<SyncDoc>;

/** A document as the mirror holds it: its current (winning) revision. */
export interface Stored<T extends SyncDoc = SyncDoc> {
  rev: string;
  doc: T;
}

/** The revisions of a group's documents the local data folder last matched (see reconcile.ts). */
export interface Bases {
  revs: Record<string, string>;
  /** The local file's size and time when it was last compared ('' when unknown): unchanged → skip at start. */
  fileStamp: string;
}

/** CouchDB's order of revisions: the longer history first, then the larger hash. */
export function revOrder(a: string, b: string): number {
  const [genA, hashA = ''] = a.split('-');
  const [genB, hashB = ''] = b.split('-');
  return Number(genB) - Number(genA) || (hashB > hashA ? 1 : hashB < hashA ? -1 : 0);
}

/** The document without PouchDB's own members (`_id`, `_rev`, `_conflicts`, …). */
function body<T extends SyncDoc>(doc: PouchDB.Doc<T>): T {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_'))) as T;
}

/**
 * This machine's copy of the desk's database, in `<data>/sync/mirror` (LevelDB). The data folder
 * stays what the app reads and writes; the mirror is what replicates.
 */
export class Mirror {
  private constructor(readonly db: MirrorDb) {}

  static async open(dataDir: string): Promise<Mirror> {
    const dir = join(dataDir, 'sync');
    await makePrivateDir(dir);
    return new Mirror(new PouchDB<SyncDoc>(join(dir, 'mirror')));
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /** The current revisions of these documents, their conflicts merged first (see resolveConflicts). */
  async read(ids: string[]): Promise<Map<string, Stored>> {
    if (ids.length === 0) return new Map();
    const result = await this.db.allDocs({ keys: ids, include_docs: true, conflicts: true });
    return this.settle(result.rows);
  }

  async readRange(startkey: string, endkey: string): Promise<Map<string, Stored>> {
    const result = await this.db.allDocs({ startkey, endkey, include_docs: true, conflicts: true });
    return this.settle(result.rows);
  }

  private async settle(rows: PouchDB.AllDocsRow<SyncDoc>[]): Promise<Map<string, Stored>> {
    const out = new Map<string, Stored>();
    for (const row of rows) {
      const doc = row.doc;
      if (!doc || row.value?.deleted) continue;
      out.set(row.id, doc._conflicts?.length ? await this.resolveConflicts(doc) : { rev: doc._rev, doc: body(doc) });
    }
    return out;
  }

  /**
   * Merges a document's conflicting revisions into one written on the winner, and deletes the
   * losers. Every machine merges the same revisions to the same content, with the same (content-
   * derived) revision ids, so the machines converge instead of trading merges.
   */
  async resolveConflicts(current: PouchDB.Doc<SyncDoc>): Promise<Stored> {
    const leaves = [
      current,
      ...(await Promise.all((current._conflicts ?? []).map((rev) => this.db.get(current._id, { rev })))),
    ];
    leaves.sort((a, b) => revOrder(a._rev, b._rev));
    const winner = leaves[0]!;
    let merged: SyncDoc = body(winner);
    for (const leaf of leaves.slice(1)) merged = mergeDocs(winner._id, merged, body(leaf));
    const deletions = leaves.slice(1).map((leaf) => ({ _id: leaf._id, _rev: leaf._rev, _deleted: true }));
    const unchanged = JSON.stringify(sortKeys(body(winner))) === JSON.stringify(sortKeys(merged));
    const writes: PouchDB.NewDoc<SyncDoc>[] = unchanged
      ? []
      : [
          {
            ...sortKeys(merged),
            _id: winner._id,
            _rev: winner._rev,
            ...(winner._attachments ? { _attachments: winner._attachments } : {}),
          },
        ];
    const results = await this.db.bulkDocs([...writes, ...(deletions as unknown as PouchDB.NewDoc<SyncDoc>[])]);
    const written = unchanged ? undefined : results[0];
    const rev = written && 'rev' in written ? written.rev : winner._rev;
    return { rev, doc: merged };
  }

  /** A revision's body, if this machine still has it (ancestors are kept: the mirror is never compacted). */
  async revision(id: string, rev: string): Promise<SyncDoc | undefined> {
    try {
      return body(await this.db.get(id, { rev }));
    } catch {
      return undefined;
    }
  }

  /** Writes documents on top of the given revisions; returns the new revision of each (or an error). */
  async write(docs: { id: string; parent?: string; doc: SyncDoc }[]): Promise<Map<string, string>> {
    if (docs.length === 0) return new Map();
    const results = await this.db.bulkDocs(
      docs.map(({ id, parent, doc }) => ({ ...sortKeys(doc), _id: id, ...(parent ? { _rev: parent } : {}) })),
    );
    const revs = new Map<string, string>();
    results.forEach((result, i) => {
      if ('rev' in result && result.ok !== false) revs.set(docs[i]!.id, result.rev);
    });
    return revs;
  }

  async putAttachment(id: string, doc: AttachmentDoc, data: Buffer): Promise<void> {
    await this.db.put({
      ...sortKeys(doc),
      _id: id,
      _attachments: { [ATTACHMENT_NAME]: { content_type: doc.mediaType, data } },
    });
  }

  attachmentBytes(id: string): Promise<Buffer> {
    return this.db.getAttachment(id, ATTACHMENT_NAME);
  }

  async exists(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const result = await this.db.allDocs({ keys: ids });
    return new Set(result.rows.filter((row) => !row.error && !row.value?.deleted).map((row) => row.id));
  }

  async bases(group: string): Promise<Bases> {
    const doc = await this.local<Bases>(`bases:${group}`);
    return { revs: doc?.revs ?? {}, fileStamp: doc?.fileStamp ?? '' };
  }

  setBases(group: string, bases: Bases): Promise<void> {
    return this.setLocal(`bases:${group}`, bases);
  }

  /** A document kept on this machine only (`_local/…` documents never replicate). */
  async local<T extends object>(name: string): Promise<T | undefined> {
    try {
      return (await this.db.get(`_local/${name}`)) as unknown as T;
    } catch {
      return undefined;
    }
  }

  async setLocal(name: string, value: object): Promise<void> {
    const id = `_local/${name}`;
    for (let attempt = 0; ; attempt++) {
      const existing = await this.db.get(id).catch(() => undefined);
      try {
        await this.db.put({ ...(value as SyncDoc), _id: id, ...(existing ? { _rev: existing._rev } : {}) });
        return;
      } catch (error) {
        if ((error as { status?: number }).status !== 409 || attempt > 3) throw error;
      }
    }
  }
}
