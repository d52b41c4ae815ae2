import type { CarriedCounts, CompareStats } from './comparison';
export * from './comparison';

/** The records the workbench keeps. Plain JSON: these cross every transport unchanged. */
import type { ClaimStatus } from './claim-status';
import type { ClaimReviewSettings } from './report';
import type { FieldConflict } from './sync';

export { CLAIM_STATUSES, EDITOR_STATUSES, FINAL_STATUSES, type ClaimStatus } from './claim-status';

export const CLAIM_KINDS = [
  'statistic',
  'quote',
  'attribution',
  'event-date',
  'comparison',
  'causal',
  'prediction',
  'law-rule',
  'other',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const SOURCE_KINDS = [
  'document',
  'web',
  'testimony',
  'interview',
  'dataset',
  'publication',
  'press-release',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How far the editor trusts a source; absent until rated. */
export const SOURCE_RELIABILITY = ['high', 'medium', 'low'] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITY)[number];

export const EVIDENCE_RELATIONS = ['supports', 'contradicts', 'context'] as const;
export type EvidenceRelation = (typeof EVIDENCE_RELATIONS)[number];

export const ANCHOR_STATES = ['current', 'moved', 'edited', 'orphaned'] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

export const TEXT_FORMATS = ['paste', 'txt', 'md', 'html', 'docx', 'sample'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** A comment from a Word file: kept beside the draft, never mixed into its text. */
export interface DraftComment {
  author: string;
  date?: string;
  text: string;
}

/** A link found in an imported file: its text stays in the draft, its target is kept here only. */
export interface DraftLink {
  text: string;
  url: string;
}

export interface Version {
  n: number;
  label?: string;
  /** Plain text, LF line ends, paragraphs separated by blank lines. */
  text: string;
  format: TextFormat;
  fileName?: string;
  createdAt: string;
  sha256: string;
  /** How the claims of the previous version fared when this one came in (absent on version 1). */
  carried?: CarriedCounts;
  /** What changed since the previous version (absent on version 1). */
  changes?: CompareStats;
  comments?: DraftComment[];
  links?: DraftLink[];
  /** A Word file's tracked changes, and what was done with them. */
  trackedChanges?: 'accepted' | 'rejected';
}

export interface Anchor {
  /** Version the offsets refer to. */
  version: number;
  /** UTF-16 offsets into that version's text. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Evidence {
  id: string;
  sourceId: string;
  relation: EvidenceRelation;
  excerpt?: string;
  locator?: string;
  addedAt: string;
  addedBy: string;
}

/** Who made a claim: ClaimReview's `itemReviewed.author` is a Person or an Organization. */
export const CLAIMANT_TYPES = ['person', 'organization'] as const;
export type ClaimantType = (typeof CLAIMANT_TYPES)[number];

export interface Claimant {
  name: string;
  type: ClaimantType;
}

/** Where a claim appeared: an address or a publication, and the date (YYYY-MM-DD, YYYY-MM or YYYY). */
export interface ClaimAppearance {
  url?: string;
  publication?: string;
  date?: string;
}

export const HISTORY_CHANGES = [
  'created',
  'status',
  'kind',
  'assignee',
  'evidence-added',
  'evidence-removed',
  'evidence-source',
  'anchor',
  'notes',
  'verdict',
  'claimant',
  'appearance',
  'made-at',
  'deleted',
  'restored',
  'conflict-resolved',
  'match-rejected',
] as const;
export type HistoryChange = (typeof HISTORY_CHANGES)[number];

export interface HistoryEvent {
  at: string;
  by: string;
  change: HistoryChange;
  from?: string;
  to?: string;
  note?: string;
  /** The evidence added or removed, kept whole so that the change can be undone. */
  evidence?: Evidence;
  /** Set on an undo: the index (in this history) of the event it reverses. */
  undoes?: number;
  /** The machine the change was made on (desk sync), next to the person in `by`. */
  machine?: string;
}

export interface Claim {
  id: string;
  anchor: Anchor;
  anchorState: AnchorState;
  /** Match score of an `edited` anchor, 0–1. */
  anchorConfidence?: number;
  kind: ClaimKind;
  status: ClaimStatus;
  /** The editor's own wording of the verdict, e.g. "Mostly true", shown beside the status. */
  verdict?: string;
  assignee?: string;
  /** The claim as it was made, for ClaimReview: who made it, where it appeared, when it was made. */
  claimant?: Claimant;
  appearance?: ClaimAppearance;
  /** When the claim was made: YYYY-MM-DD, YYYY-MM or YYYY. */
  madeAt?: string;
  notes: string;
  evidence: Evidence[];
  history: HistoryEvent[];
  origin: 'manual' | 'suggested';
  createdAt: string;
  updatedAt: string;
  /** Fields changed on two machines between syncs, not yet resolved: the claim is open work until then. */
  conflicts?: FieldConflict[];
}

/** Who removed a record, when and why: deletion keeps the record, in the article's trash. */
export interface Deletion {
  at: string;
  by: string;
  reason?: string;
}

/** A deleted claim, kept whole with its history so that the audit trail loses nothing. */
export interface TrashedClaim extends Claim {
  deleted: Deletion;
}

export interface Article {
  id: string;
  title: string;
  desk?: string;
  author?: string;
  createdAt: string;
  updatedAt: string;
  versions: Version[];
  claims: Claim[];
  /** Sentences whose suggestion the editor dismissed, by their exact text. */
  dismissedSuggestions?: string[];
  /** Deleted claims, newest last; `claims.restore` brings one back. */
  trashedClaims?: TrashedClaim[];
  /** The article's own fields (title, desk, author) changed on two machines between syncs. */
  conflicts?: FieldConflict[];
}

export interface Source {
  id: string;
  kind: SourceKind;
  title: string;
  url?: string;
  author?: string;
  publisher?: string;
  date?: string;
  /** When a web page or dataset was looked at, as the editor writes it. */
  accessedAt?: string;
  /** A full citation in the house style, when the fields above do not say it all. */
  citation?: string;
  notes?: string;
  reliability?: SourceReliability;
  attachments?: Attachment[];
  createdAt: string;
  updatedAt: string;
}

/** A file kept with a source, stored once in the data folder under its SHA-256 (content-addressed). */
export interface Attachment {
  sha256: string;
  /** Lower-case extension from the allowed list; part of the stored file name. */
  extension: string;
  fileName: string;
  mediaType: string;
  bytes: number;
  addedAt: string;
}

/** What the article list shows; kept in library.json so the list opens without reading articles. */
export interface ArticleSummary {
  id: string;
  title: string;
  desk?: string;
  versionCount: number;
  claimCount: number;
  verifiedCount: number;
  /** Claims with a final status (verified, disputed, false, unverifiable). */
  settledCount: number;
  /** Claims per status, for the progress bar (absent in lists written before it existed). */
  statusCounts?: Partial<Record<ClaimStatus, number>>;
  /** Every source the article's claims cite: finds the citing articles without reading them all. */
  sourceIds?: string[];
  /** Unresolved sync conflicts on the article and its claims (absent when none). */
  conflictCount?: number;
  /** Who made the last change (the desk's activity), and everyone claims are assigned to. */
  updatedBy?: string;
  assignees?: string[];
  createdAt: string;
  updatedAt: string;
}

export interface Settings {
  /** Recorded as `by` in every history event. */
  editorName: string;
  /** Largest file accepted for import, in MB (default 25). */
  importLimitMb?: number;
  /** Organization and verdict scale for ClaimReview exports. */
  claimReview?: ClaimReviewSettings;
  /** Suggestions learn from this desk's accepted, dismissed and hand-tagged claims (default: on). */
  deskLearning?: boolean;
  /** When the suggestions were last reset to the shipped model: older labels no longer count. */
  deskLearningSince?: string;
  /** The desk's members, offered as assignees (shared with the desk when sync is on). */
  deskMembers?: string[];
}

export interface SampleInfo {
  id: string;
  title: string;
  words: number;
}

/** A sentence the check-worthiness detector scored (see src/main/core/domain/suggest). */
export interface Suggestion {
  start: number;
  end: number;
  text: string;
  /** 0–1: how likely the sentence carries a claim worth checking. */
  score: number;
  kind: ClaimKind;
  reason: string;
  /** At or above the default threshold (0.5). */
  checkworthy: boolean;
  /** Overlaps a claim already tagged. */
  tagged: boolean;
  /** Dismissed by the editor (for this article, in any version where the sentence is unchanged). */
  dismissed: boolean;
  /** Not in the previous version: new in this one. */
  isNew: boolean;
}
