import { z } from 'zod';
import { ATTACHMENT_EXTENSIONS } from '../attachments/attachment-types';
import {
  ANCHOR_STATES,
  CLAIMANT_TYPES,
  CLAIM_KINDS,
  CLAIM_STATUSES,
  EVIDENCE_RELATIONS,
  HISTORY_CHANGES,
  SOURCE_KINDS,
  SOURCE_RELIABILITY,
  TEXT_FORMATS,
  type Anchor,
  type Article,
  type ArticleSummary,
  type Attachment,
  type Claim,
  type Evidence,
  type HistoryEvent,
  type Settings,
  type Source,
  type Version,
} from '../../../shared/model';
import type { FieldConflict } from '../../../shared/sync';
import type { AllTrue, Equals } from '../../../shared/type-equality';

/** What is on disk is checked on every read: a file edited by hand or damaged must not reach the UI. */

export const versionSchema = z.object({
  n: z.number().int().min(1),
  label: z.string().optional(),
  text: z.string(),
  format: z.enum(TEXT_FORMATS),
  fileName: z.string().optional(),
  createdAt: z.string(),
  sha256: z.string(),
  carried: z
    .object({
      current: z.number().int(),
      moved: z.number().int(),
      edited: z.number().int(),
      orphaned: z.number().int(),
    })
    .optional(),
  changes: z
    .object({
      wordsAdded: z.number().int(),
      wordsRemoved: z.number().int(),
      paragraphsAdded: z.number().int(),
      paragraphsRemoved: z.number().int(),
      paragraphsMoved: z.number().int(),
      paragraphsChanged: z.number().int(),
      similarity: z.number().min(0).max(1),
    })
    .optional(),
  comments: z.array(z.object({ author: z.string(), date: z.string().optional(), text: z.string() })).optional(),
  links: z.array(z.object({ text: z.string(), url: z.string() })).optional(),
  trackedChanges: z.enum(['accepted', 'rejected']).optional(),
});

const evidenceSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  relation: z.enum(EVIDENCE_RELATIONS),
  excerpt: z.string().optional(),
  locator: z.string().optional(),
  addedAt: z.string(),
  addedBy: z.string(),
});

const anchorSchema = z.object({
  version: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

const historyEventSchema = z.object({
  at: z.string(),
  by: z.string(),
  change: z.enum(HISTORY_CHANGES),
  from: z.string().optional(),
  to: z.string().optional(),
  note: z.string().optional(),
  evidence: evidenceSchema.optional(),
  undoes: z.number().int().min(0).optional(),
  machine: z.string().optional(),
});

const fieldConflictSchema = z.object({
  id: z.string(),
  field: z.string(),
  values: z.array(z.object({ value: z.string(), by: z.string(), at: z.string(), machine: z.string().optional() })),
});

export const claimSchema = z.object({
  id: z.string(),
  anchor: anchorSchema,
  anchorState: z.enum(ANCHOR_STATES),
  anchorConfidence: z.number().min(0).max(1).optional(),
  kind: z.enum(CLAIM_KINDS),
  status: z.enum(CLAIM_STATUSES),
  verdict: z.string().optional(),
  assignee: z.string().optional(),
  claimant: z.object({ name: z.string(), type: z.enum(CLAIMANT_TYPES) }).optional(),
  appearance: z
    .object({ url: z.string().optional(), publication: z.string().optional(), date: z.string().optional() })
    .optional(),
  madeAt: z.string().optional(),
  notes: z.string(),
  evidence: z.array(evidenceSchema),
  history: z.array(historyEventSchema),
  origin: z.enum(['manual', 'suggested']),
  createdAt: z.string(),
  updatedAt: z.string(),
  conflicts: z.array(fieldConflictSchema).optional(),
});

export const trashedClaimSchema = claimSchema.extend({
  deleted: z.object({ at: z.string(), by: z.string(), reason: z.string().optional() }),
});

export const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  desk: z.string().optional(),
  author: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  versions: z.array(versionSchema).min(1),
  claims: z.array(claimSchema),
  dismissedSuggestions: z.array(z.string()).optional(),
  trashedClaims: z.array(trashedClaimSchema).optional(),
  conflicts: z.array(fieldConflictSchema).optional(),
});

const attachmentSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  extension: z.enum(ATTACHMENT_EXTENSIONS),
  fileName: z.string(),
  mediaType: z.string(),
  bytes: z.number().int().min(0),
  addedAt: z.string(),
});

export const sourceSchema = z.object({
  id: z.string(),
  kind: z.enum(SOURCE_KINDS),
  title: z.string(),
  url: z.string().optional(),
  author: z.string().optional(),
  publisher: z.string().optional(),
  date: z.string().optional(),
  accessedAt: z.string().optional(),
  citation: z.string().optional(),
  notes: z.string().optional(),
  reliability: z.enum(SOURCE_RELIABILITY).optional(),
  attachments: z.array(attachmentSchema).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const summarySchema = z.object({
  id: z.string(),
  title: z.string(),
  desk: z.string().optional(),
  versionCount: z.number().int(),
  claimCount: z.number().int(),
  verifiedCount: z.number().int(),
  settledCount: z.number().int(),
  statusCounts: z.partialRecord(z.enum(CLAIM_STATUSES), z.number().int().min(0)).optional(),
  sourceIds: z.array(z.string()).optional(),
  conflictCount: z.number().int().min(0).optional(),
  updatedBy: z.string().optional(),
  assignees: z.array(z.string()).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const settingsSchema = z.object({
  editorName: z.string(),
  importLimitMb: z.number().int().min(1).optional(),
  claimReview: z
    .object({
      organizationName: z.string().optional(),
      organizationUrl: z.string().optional(),
      url: z.string().optional(),
      bestRating: z.number().int(),
      worstRating: z.number().int(),
      verdicts: z.partialRecord(
        z.enum(CLAIM_STATUSES),
        z.object({ label: z.string(), rating: z.number().int().optional() }),
      ),
    })
    .optional(),
  deskLearning: z.boolean().optional(),
  deskLearningSince: z.string().optional(),
  deskMembers: z.array(z.string()).optional(),
});

/**
 * Each stored record has one definition: the model type, which its schema must match exactly, so a
 * field added to one and not the other fails to compile instead of being dropped on the next read.
 */
export type StoredRecordsMatchModel = AllTrue<{
  version: Equals<z.output<typeof versionSchema>, Version>;
  anchor: Equals<z.output<typeof anchorSchema>, Anchor>;
  evidence: Equals<z.output<typeof evidenceSchema>, Evidence>;
  historyEvent: Equals<z.output<typeof historyEventSchema>, HistoryEvent>;
  fieldConflict: Equals<z.output<typeof fieldConflictSchema>, FieldConflict>;
  claim: Equals<z.output<typeof claimSchema>, Claim>;
  article: Equals<z.output<typeof articleSchema>, Article>;
  attachment: Equals<z.output<typeof attachmentSchema>, Attachment>;
  source: Equals<z.output<typeof sourceSchema>, Source>;
  summary: Equals<z.output<typeof summarySchema>, ArticleSummary>;
  settings: Equals<z.output<typeof settingsSchema>, Settings>;
}>;

export const ARTICLE_SCHEMA_VERSION = 2;
export const LIBRARY_SCHEMA_VERSION = 1;

export const articleFileSchema = z.object({
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  article: articleSchema,
});
export type ArticleFile = z.infer<typeof articleFileSchema>;

export const libraryFileSchema = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  articles: z.array(summarySchema),
  sources: z.array(sourceSchema),
  settings: settingsSchema,
});
export type LibraryFile = z.infer<typeof libraryFileSchema>;
