import type { Article, Claim, Deletion, HistoryEvent, Settings, Source, Version } from '../../../shared/model';
import type { FieldConflict } from '../../../shared/sync';
import { sortKeys } from './canonical';

/**
 * The documents of the desk's database: one per record, so that two people editing different claims
 * (or sources) of the same article write different documents and never conflict. docs/sync.md has
 * the layout and the reasons for it.
 */

/** Who changed a field last and its version vector (machine id → how many changes it made). */
export interface FieldStamp {
  v: Record<string, number>;
  by: string;
  at: string;
  machine: string;
}

export type Clock = Record<string, FieldStamp>;

/** Written on every document: who wrote this revision, on which machine, when. */
export interface DocMeta {
  updatedBy: string;
  machine: string;
  updatedAt: string;
}

export const RECORD_TYPES = ['article', 'claim', 'source', 'desk-settings'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** What a mutable record's document holds besides its metadata and clock: compared, merged, imported. */
export interface RecordContent {
  type: RecordType;
  articleId?: string;
  /** The record's own fields, without its id, history, conflicts or trash marker. */
  record: Record<string, unknown>;
  /** Claims: append-only, merged by union. */
  history?: HistoryEvent[];
  conflicts?: FieldConflict[];
  /** In the trash (an article or claim) or deleted (a source). */
  deleted?: Deletion;
}

export type RecordDoc = RecordContent & DocMeta & { clock: Clock };

/** A version's text never changes once written; two written at once under one number are both kept. */
export interface VersionDoc extends DocMeta {
  type: 'version';
  articleId: string;
  version: Version;
  /** Another machine's version with the same number, kept whole (see merge-docs.ts). */
  alternatives?: Version[];
}

/** An attached file, stored once per content (its SHA-256) as the document's attachment `file`. */
export interface AttachmentDoc extends DocMeta {
  type: 'attachment';
  extension: string;
  mediaType: string;
  bytes: number;
}

export type SyncDoc = RecordDoc | VersionDoc | AttachmentDoc;

export const DESK_SETTINGS_ID = 'desk-settings';
export const ATTACHMENT_NAME = 'file';

export const articleDocId = (articleId: string): string => `article:${articleId}`;
export const versionDocId = (articleId: string, n: number): string => `version:${articleId}:${n}`;
export const claimDocId = (articleId: string, claimId: string): string => `claim:${articleId}:${claimId}`;
export const sourceDocId = (sourceId: string): string => `source:${sourceId}`;
export const attachmentDocId = (sha256: string): string => `attachment:${sha256}`;

/** The article a document belongs to (its article, versions and claims), if any. */
export function articleIdOfDoc(docId: string): string | undefined {
  const match = /^(?:article|version|claim):(a[0-9a-z]+)(?::|$)/.exec(docId);
  return match?.[1];
}

/** The ids of every document that may hold part of one article, as an allDocs key range per prefix. */
export function articleDocRanges(articleId: string): { startkey: string; endkey: string }[] {
  return ['version', 'claim'].map((kind) => ({
    startkey: `${kind}:${articleId}:`,
    endkey: `${kind}:${articleId}:\uffff`,
  }));
}

function without<T extends object, K extends keyof T>(value: T, keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

export function claimContent(articleId: string, claim: Claim & { deleted?: Deletion }): RecordContent {
  const record = without(claim, ['id', 'history', 'conflicts', 'deleted']);
  return sortKeys({
    type: 'claim',
    articleId,
    record,
    history: claim.history,
    conflicts: claim.conflicts?.length ? claim.conflicts : undefined,
    deleted: claim.deleted,
  });
}

export function articleContent(article: Article, deleted?: Deletion): RecordContent {
  const record = {
    ...without(article, ['id', 'versions', 'claims', 'trashedClaims', 'conflicts']),
    versionCount: article.versions.length,
  };
  return sortKeys({
    type: 'article',
    articleId: article.id,
    record,
    conflicts: article.conflicts?.length ? article.conflicts : undefined,
    deleted,
  });
}

/** Every record document of an article, by id: the article, its claims (and trashed claims). */
export function articleRecordContents(article: Article): Map<string, RecordContent> {
  const contents = new Map<string, RecordContent>([[articleDocId(article.id), articleContent(article)]]);
  for (const claim of article.claims) contents.set(claimDocId(article.id, claim.id), claimContent(article.id, claim));
  for (const claim of article.trashedClaims ?? [])
    contents.set(claimDocId(article.id, claim.id), claimContent(article.id, claim));
  return contents;
}

export function sourceContent(source: Source, deleted?: Deletion): RecordContent {
  return sortKeys({ type: 'source', record: without(source, ['id']), deleted });
}

/** The settings the desk shares: its organization and verdict labels (ClaimReview) and its members. */
export function deskSettingsContent(settings: Settings): RecordContent {
  return sortKeys({
    type: 'desk-settings',
    record: { claimReview: settings.claimReview, deskMembers: settings.deskMembers },
  });
}

/** The part of a record document that is compared and imported (no clock, no metadata). */
export function contentOf(doc: RecordDoc): RecordContent {
  return sortKeys({
    type: doc.type,
    articleId: doc.articleId,
    record: doc.record,
    history: doc.history,
    conflicts: doc.conflicts?.length ? doc.conflicts : undefined,
    deleted: doc.deleted,
  });
}

export function claimOf(docId: string, content: RecordContent): Claim & { deleted?: Deletion } {
  const claimId = docId.slice(docId.lastIndexOf(':') + 1);
  const claim = { ...content.record, id: claimId, history: content.history ?? [] } as Claim & { deleted?: Deletion };
  if (content.conflicts?.length) claim.conflicts = content.conflicts;
  if (content.deleted) claim.deleted = content.deleted;
  return claim;
}

export function sourceOf(docId: string, content: RecordContent): Source {
  return { ...content.record, id: docId.slice('source:'.length) } as unknown as Source;
}
