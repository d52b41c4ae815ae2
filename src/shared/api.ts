import type {
  Article,
  CarriedCounts,
  Comparison,
  DraftComment,
  ArticleSummary,
  Claim,
  ClaimAppearance,
  Claimant,
  ClaimKind,
  ClaimStatus,
  EvidenceRelation,
  SampleInfo,
  Settings,
  Source,
  SourceKind,
  SourceReliability,
  Suggestion,
  TextFormat,
} from './model';
import type { ClaimReviewChange, ReportFile, ReportFormat, ReportOptions } from './report';
import type { BackupInfo } from './backups';
import type { SyncApi } from './api-sync';
import type { PastChecksApi } from './api-past-checks';
import type { PastCheckMatchesApi } from './api-past-check-matches';
import type { SourceChecksApi } from './api-source-checks';
import type { SourceTextApi } from './api-source-text';

type Empty = Record<string, never>;

/** How to read an imported file. */
export interface ImportOptions {
  /** Word tracked changes: accepted (the default) or rejected. */
  trackedChanges?: 'accept' | 'reject';
  /** Plain text is read as UTF-8 (or UTF-16 with a BOM) unless Windows-1252 is chosen. */
  encoding?: 'utf-8' | 'windows-1252';
}

/** What an import would bring in, shown before it is committed. */
export interface ImportPreview {
  title: string;
  format: TextFormat;
  text: string;
  words: number;
  paragraphs: number;
  comments: DraftComment[];
  links: number;
  notes: number;
  /** The Word file had tracked changes (accepted or rejected as the options say). */
  trackedChanges: boolean;
}

export interface SourceFields {
  kind: SourceKind;
  title: string;
  url?: string;
  author?: string;
  publisher?: string;
  date?: string;
  accessedAt?: string;
  citation?: string;
  notes?: string;
  /** `''` removes the rating. */
  reliability?: SourceReliability | '';
}

/** One piece of evidence citing a source, with the claim and article it belongs to. */
export interface Citation {
  articleId: string;
  articleTitle: string;
  claimId: string;
  claimText: string;
  claimStatus: ClaimStatus;
  evidenceId: string;
  relation: EvidenceRelation;
  excerpt?: string;
  locator?: string;
}

export interface SearchResult {
  type: 'article' | 'claim' | 'source';
  /** The article, claim or source id. */
  id: string;
  /** For claims: the article they belong to. */
  articleId?: string;
  /** What the result is called: an article's title, a claim's quote, a source's title. */
  title: string;
  /** For claims: the article's title. */
  context?: string;
  /** The matching passage, when it is not the title itself. */
  snippet?: string;
  score: number;
}

/** Where a claim stood in one version of its article: offsets into that version's text. */
export interface ClaimPlace {
  claimId: string;
  start: number;
  end: number;
}

/** An article in the data folder's trash. */
export interface TrashedArticle {
  id: string;
  title: string;
  /** When it went to the trash (ISO). */
  deletedAt: string;
}

/** An attached file's bytes, for download. */
export interface AttachmentFile {
  fileName: string;
  mediaType: string;
  dataBase64: string;
}

/**
 * Every operation of the workbench: method name → input and output.
 * Transports (IPC, HTTP, CLI) and the renderer's client all speak exactly this.
 */
export interface Api extends SyncApi, PastChecksApi, SourceChecksApi, SourceTextApi, PastCheckMatchesApi {
  /** Newest first; without `sourceIds` (see `sources.usage`). */
  'articles.list': { input: Empty; output: ArticleSummary[] };
  'articles.create': { input: { title: string; text: string; desk?: string }; output: Article };
  'articles.import': {
    input: { fileName: string; dataBase64: string; title?: string; options?: ImportOptions };
    output: Article;
  };
  /** Reads a file as an import would, without storing anything. */
  'import.preview': { input: { fileName: string; dataBase64: string; options?: ImportOptions }; output: ImportPreview };
  'articles.get': { input: { id: string }; output: Article };
  /** Brings back an article exported as JSON (report format `json`), with the sources it cites. */
  'articles.importRecord': { input: { json: string }; output: Article };
  'articles.rename': { input: { id: string; title: string }; output: Article };
  'articles.delete': { input: { id: string }; output: { id: string } };
  /** Deleted articles kept in the data folder's trash (here or on another machine of the desk), newest first. */
  'articles.trash': { input: Empty; output: TrashedArticle[] };
  /** Brings a deleted article back from the trash, as it was when deleted (with the desk's later changes, when synced). */
  'articles.restore': { input: { id: string }; output: Article };

  'versions.add': {
    input: { articleId: string; text: string; label?: string };
    output: { article: Article; carried: CarriedCounts };
  };
  'versions.import': {
    input: { articleId: string; fileName: string; dataBase64: string; label?: string; options?: ImportOptions };
    output: { article: Article; carried: CarriedCounts };
  };
  /** Compares two versions of an article (by number); `from` is usually the older. */
  'versions.compare': { input: { articleId: string; from: number; to: number }; output: Comparison };
  /**
   * Where each claim stood in a version: carried back from the current version through the
   * revisions. Claims not found in that version are left out.
   */
  'versions.claimPlaces': { input: { articleId: string; version: number }; output: ClaimPlace[] };

  /** Every sentence of a version (default: current) with its check-worthiness score. */
  'suggestions.list': { input: { articleId: string; version?: number }; output: Suggestion[] };
  /**
   * Tags suggested sentences as claims (origin "suggested"), all in one write. `version` must be the
   * current one: suggestions of an earlier version cannot be accepted or dismissed.
   */
  'suggestions.accept': {
    input: { articleId: string; version: number; spans: { start: number; end: number; kind?: ClaimKind }[] };
    output: Claim[];
  };
  'suggestions.dismiss': {
    input: { articleId: string; version: number; start: number; end: number };
    output: { text: string };
  };
  /** Forgets what the suggestions learnt from this desk so far: back to the shipped model. */
  'suggestions.resetLearning': { input: Empty; output: Settings };

  'samples.list': { input: Empty; output: SampleInfo[] };
  'samples.open': { input: { id: string }; output: Article };

  'claims.create': {
    input: { articleId: string; start: number; end: number; kind?: ClaimKind };
    output: Claim;
  };
  /** Each field changed is one history event; `note` is the editor's reason, kept on those events. */
  /** `claimant`, `appearance` and `madeAt` describe the claim as it was made; empty ones are removed. */
  'claims.update': {
    input: {
      claimId: string;
      kind?: ClaimKind;
      notes?: string;
      assignee?: string;
      verdict?: string;
      claimant?: Claimant;
      appearance?: ClaimAppearance;
      madeAt?: string;
      note?: string;
    };
    output: Claim;
  };
  /**
   * Refused with STATUS_RULE when the evidence does not allow the status (see status-rules.ts);
   * needs-recheck is only ever set by the workbench.
   */
  'claims.setStatus': {
    input: { claimId: string; status: ClaimStatus; note?: string; verdict?: string };
    output: Claim;
  };
  /** Reverses the claim's last change by recording its opposite; repeated, it walks further back. */
  'claims.undo': { input: { claimId: string }; output: Claim };
  /** Anchors a claim (typically an orphaned one) to a span of the current version. */
  'claims.reattach': { input: { claimId: string; start: number; end: number }; output: Claim };
  /**
   * Moves the claim, whole with its history, to the article's trash (`Article.trashedClaims`) with a
   * 'deleted' event; `reason` is kept as that event's note and in `deleted.reason`.
   */
  'claims.delete': { input: { claimId: string; reason?: string }; output: { claimId: string } };
  /**
   * Brings a claim back from the article's trash with a 'restored' event. A claim anchored in an
   * earlier version is carried onto the current one as a new version would carry it.
   */
  'claims.restore': { input: { claimId: string }; output: Claim };
  'claims.addEvidence': {
    input: {
      claimId: string;
      sourceId: string;
      relation: EvidenceRelation;
      excerpt?: string;
      locator?: string;
    };
    output: Claim;
  };
  'claims.removeEvidence': { input: { claimId: string; evidenceId: string }; output: Claim };

  'sources.create': { input: SourceFields; output: Source };
  'sources.update': { input: { id: string } & Partial<SourceFields>; output: Source };
  'sources.list': { input: Empty; output: Source[] };
  /** For each cited source, how many articles cite it. */
  'sources.usage': { input: Empty; output: Record<string, number> };
  /** The source with every piece of evidence that cites it. */
  'sources.get': { input: { id: string }; output: { source: Source; citations: Citation[] } };
  /**
   * A cited source is deleted only with `force`: its evidence is unlinked (kept in the claims'
   * history) and settled claims that cited it are set to needs-recheck. The source goes to trash/.
   */
  'sources.delete': { input: { id: string; force?: boolean }; output: { id: string; claimsFlagged: number } };
  /** Merges duplicates into `keepId`: their evidence now cites it, empty fields are filled from them. */
  'sources.merge': { input: { keepId: string; mergeIds: string[] }; output: { source: Source; evidenceMoved: number } };
  'sources.attach': { input: { sourceId: string; fileName: string; dataBase64: string }; output: Source };
  'sources.detach': { input: { sourceId: string; sha256: string }; output: Source };
  'sources.attachment': { input: { sourceId: string; sha256: string }; output: AttachmentFile };
  /** Opens the attachment in the system's viewer where the platform can (the desktop app). */
  'sources.openAttachment': { input: { sourceId: string; sha256: string }; output: { opened: boolean } };

  /** Finds articles, claims (quote, notes, verdict, excerpts) and sources; best matches first. */
  'search.query': { input: { query: string; limit?: number }; output: SearchResult[] };

  'settings.get': { input: Empty; output: Settings };
  /** Only the settings given change; the rest are kept (see ClaimReviewChange). */
  'settings.update': {
    input: {
      editorName?: string;
      importLimitMb?: number;
      claimReview?: ClaimReviewChange;
      deskLearning?: boolean;
      deskMembers?: string[];
    };
    output: Settings;
  };

  /** The report as HTML (a fragment styled by REPORT_CSS), for the in-app preview. */
  'reports.preview': { input: { articleId: string; options?: ReportOptions }; output: { html: string } };
  'reports.export': {
    input: { articleId: string; format: ReportFormat; options?: ReportOptions };
    output: ReportFile;
  };

  /** Snapshots of the data folder, newest first. */
  'backups.list': { input: Empty; output: BackupInfo[] };
  /** Snapshots the data folder now ("Back up now"). */
  'backups.create': { input: Empty; output: BackupInfo };
  /**
   * Replaces the data with a snapshot's, after snapshotting the current state (`undo`): restoring
   * `undo` reverses the restore.
   */
  'backups.restore': { input: { id: string }; output: { restored: BackupInfo; undo: BackupInfo } };
}

export type ApiMethod = keyof Api;
export type ApiInput<M extends ApiMethod> = Api[M]['input'];
export type ApiOutput<M extends ApiMethod> = Api[M]['output'];
