import { z } from 'zod';
import type { ApiInput, ApiMethod } from './api';
import { BACKUP_ID_PATTERN } from './backups';
import { stripBidiControls } from './bidi';
import { LIMITS } from './limits';
import {
  CLAIMANT_TYPES,
  CLAIM_KINDS,
  CLAIM_STATUSES,
  EVIDENCE_RELATIONS,
  SOURCE_KINDS,
  SOURCE_RELIABILITY,
} from './model';
import { REPORT_FORMATS } from './report';
import { pastCheckSchemas } from './schemas-past-checks';
import { pastCheckMatchSchemas } from './schemas-past-check-matches';
import { sourceTextSchemas } from './schemas-source-text';
import type { AllTrue, Equals, Flat } from './type-equality';
import { isPartialDate } from './partial-date';
import { isWebUrl } from './urls';

const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/, 'is not a valid id');
/** A one-line name or label: direction controls would let it show something else than it is. */
const oneLine = (): z.ZodString => z.string().overwrite(stripBidiControls).trim();
const title = oneLine()
  .min(1, 'must not be empty')
  .max(LIMITS.titleChars, `must be at most ${LIMITS.titleChars} characters`);
const shortText = oneLine().max(LIMITS.shortFieldChars);
const offset = z.number().int('must be a whole number').min(0, 'must not be negative');
const empty = z.strictObject({});
const draftText = z
  .string()
  .max(LIMITS.textChars, 'is too long')
  .refine((t) => t.trim().length > 0, 'must not be empty');
const fileName = oneLine().min(1).max(255);
// Generous here: the handler measures the decoded size and answers TOO_LARGE with the figures.
const dataBase64 = z.string().max(Math.ceil((LIMITS.importFileBytesMax * 4) / 3) + 4, 'file is too large');
const importOptions = z
  .strictObject({
    trackedChanges: z.enum(['accept', 'reject']).optional(),
    encoding: z.enum(['utf-8', 'windows-1252']).optional(),
  })
  .optional();

const httpUrl = z
  .string()
  .trim()
  .max(LIMITS.shortFieldChars)
  .refine((u) => u === '' || isWebUrl(u), 'must be a web address starting with http:// or https://');
const reportOptions = z
  .strictObject({
    statuses: z.array(z.enum(CLAIM_STATUSES)).optional(),
    notes: z.boolean().optional(),
    history: z.boolean().optional(),
    openItems: z.boolean().optional(),
    sources: z.boolean().optional(),
    changesSince: z.number().int().min(1).optional(),
    url: httpUrl.optional(),
  })
  .optional();
const versionNumber = z.number().int('must be a whole number').min(1, 'must be 1 or more');

const sourceFields = {
  kind: z.enum(SOURCE_KINDS),
  title,
  url: httpUrl.optional(),
  author: shortText.optional(),
  publisher: shortText.optional(),
  date: shortText.optional(),
  accessedAt: shortText.optional(),
  citation: shortText.optional(),
  notes: z.string().max(LIMITS.notesChars).optional(),
  reliability: z.enum([...SOURCE_RELIABILITY, '']).optional(),
};
const verdict = oneLine().max(LIMITS.verdictChars, `must be at most ${LIMITS.verdictChars} characters`);
/** A date as precise as the editor knows it: YYYY-MM-DD, YYYY-MM or YYYY; empty removes it. */
const partialDate = z.string().trim().refine(isPartialDate, 'must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY)');
const rating = z.number().int('must be a whole number').min(-1000).max(1000);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 checksum');

/** One input schema per method; a missing, extra or mismatched one fails to compile (see below). */
export const inputSchemas = {
  ...pastCheckSchemas,
  ...pastCheckMatchSchemas,
  ...sourceTextSchemas,
  'articles.list': empty,
  'articles.create': z.strictObject({ title, text: draftText, desk: shortText.optional() }),
  'articles.import': z.strictObject({ fileName, dataBase64, title: title.optional(), options: importOptions }),
  'import.preview': z.strictObject({ fileName, dataBase64, options: importOptions }),
  'articles.get': z.strictObject({ id }),
  'articles.importRecord': z.strictObject({
    json: z
      .string()
      .min(1)
      .max(LIMITS.importFileBytesMax * 2),
  }),
  'articles.rename': z.strictObject({ id, title }),
  'articles.delete': z.strictObject({ id }),
  'articles.trash': empty,
  'articles.restore': z.strictObject({ id }),

  'versions.add': z.strictObject({ articleId: id, text: draftText, label: shortText.optional() }),
  'versions.import': z.strictObject({
    articleId: id,
    fileName,
    dataBase64,
    label: shortText.optional(),
    options: importOptions,
  }),
  'versions.compare': z.strictObject({ articleId: id, from: versionNumber, to: versionNumber }),
  'versions.claimPlaces': z.strictObject({ articleId: id, version: versionNumber }),

  'suggestions.list': z.strictObject({ articleId: id, version: versionNumber.optional() }),
  'suggestions.accept': z.strictObject({
    articleId: id,
    version: versionNumber,
    spans: z
      .array(z.strictObject({ start: offset, end: offset, kind: z.enum(CLAIM_KINDS).optional() }))
      .min(1, 'must name at least one sentence')
      .max(5000),
  }),
  'suggestions.dismiss': z.strictObject({ articleId: id, version: versionNumber, start: offset, end: offset }),
  'suggestions.resetLearning': empty,

  'samples.list': empty,
  'samples.open': z.strictObject({ id }),

  'claims.create': z.strictObject({
    articleId: id,
    start: offset,
    end: offset,
    kind: z.enum(CLAIM_KINDS).optional(),
  }),
  'claims.update': z.strictObject({
    claimId: id,
    kind: z.enum(CLAIM_KINDS).optional(),
    notes: z.string().max(LIMITS.notesChars).optional(),
    assignee: shortText.optional(),
    verdict: verdict.optional(),
    claimant: z.strictObject({ name: shortText, type: z.enum(CLAIMANT_TYPES) }).optional(),
    appearance: z
      .strictObject({ url: httpUrl.optional(), publication: shortText.optional(), date: partialDate.optional() })
      .optional(),
    madeAt: partialDate.optional(),
    note: z.string().max(LIMITS.notesChars).optional(),
  }),
  'claims.setStatus': z.strictObject({
    claimId: id,
    status: z.enum(CLAIM_STATUSES),
    note: z.string().max(LIMITS.notesChars).optional(),
    verdict: verdict.optional(),
  }),
  'claims.undo': z.strictObject({ claimId: id }),
  'claims.reattach': z.strictObject({ claimId: id, start: offset, end: offset }),
  'claims.delete': z.strictObject({ claimId: id, reason: z.string().max(LIMITS.notesChars).optional() }),
  'claims.restore': z.strictObject({ claimId: id }),
  'claims.addEvidence': z.strictObject({
    claimId: id,
    sourceId: id,
    relation: z.enum(EVIDENCE_RELATIONS),
    excerpt: z.string().max(LIMITS.excerptChars).optional(),
    locator: shortText.optional(),
  }),
  'claims.removeEvidence': z.strictObject({ claimId: id, evidenceId: id }),
  'claims.sourceCheck': z.strictObject({ claimId: id }),

  'sources.create': z.strictObject(sourceFields),
  'sources.update': z.strictObject({
    id,
    kind: sourceFields.kind.optional(),
    title: title.optional(),
    url: sourceFields.url,
    author: sourceFields.author,
    publisher: sourceFields.publisher,
    date: sourceFields.date,
    accessedAt: sourceFields.accessedAt,
    citation: sourceFields.citation,
    notes: sourceFields.notes,
    reliability: sourceFields.reliability,
  }),
  'sources.list': empty,
  'sources.usage': empty,
  'sources.get': z.strictObject({ id }),
  'sources.delete': z.strictObject({ id, force: z.boolean().optional() }),
  'sources.merge': z
    .strictObject({ keepId: id, mergeIds: z.array(id).min(1, 'must name at least one source').max(100) })
    .refine((m) => !m.mergeIds.includes(m.keepId), 'a source cannot be merged into itself'),
  'sources.attach': z.strictObject({ sourceId: id, fileName, dataBase64 }),
  'sources.detach': z.strictObject({ sourceId: id, sha256 }),
  'sources.attachment': z.strictObject({ sourceId: id, sha256 }),
  'sources.openAttachment': z.strictObject({ sourceId: id, sha256 }),

  'search.query': z.strictObject({
    query: z.string().max(LIMITS.searchChars, `must be at most ${LIMITS.searchChars} characters`),
    limit: z.number().int().min(1).max(LIMITS.searchResults).optional(),
  }),

  'settings.get': empty,
  'settings.update': z.strictObject({
    editorName: oneLine().min(1, 'must not be empty').max(120).optional(),
    importLimitMb: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(LIMITS.importFileBytesMax / 1024 / 1024, `must be at most ${LIMITS.importFileBytesMax / 1024 / 1024}`)
      .optional(),
    // A partial change: the handler merges it and checks the scale as a whole.
    claimReview: z
      .strictObject({
        organizationName: shortText.optional(),
        organizationUrl: httpUrl.optional(),
        url: httpUrl.optional(),
        bestRating: rating.optional(),
        worstRating: rating.optional(),
        verdicts: z
          .partialRecord(
            z.enum(CLAIM_STATUSES),
            z.strictObject({ label: oneLine().max(80, 'must be at most 80 characters'), rating: rating.optional() }),
          )
          .optional(),
      })
      .optional(),
    deskLearning: z.boolean().optional(),
    deskMembers: z.array(oneLine().min(1, 'must not be empty').max(120)).max(200).optional(),
  }),

  'reports.preview': z.strictObject({ articleId: id, options: reportOptions }),
  'reports.export': z.strictObject({ articleId: id, format: z.enum(REPORT_FORMATS), options: reportOptions }),

  'backups.list': empty,
  'backups.create': empty,
  'backups.restore': z.strictObject({ id: z.string().max(80).regex(BACKUP_ID_PATTERN, 'is not a backup id') }),

  'sync.status': empty,
  'sync.conflicts': z.strictObject({ articleId: id.optional() }),
  'sync.resolve': z.strictObject({ id: z.string().min(1).max(200), value: z.string().max(LIMITS.notesChars) }),
  'sync.configure': z.strictObject({
    url: z.string().trim().max(2000),
    user: oneLine().max(120).optional(),
    password: z.string().max(1000).optional(),
    fingerprint: z
      .string()
      .trim()
      .regex(/^([0-9A-Fa-f]{2}:?){32}$/, 'is not a SHA-256 fingerprint')
      .optional(),
  }),
  'sync.now': empty,
} satisfies Record<ApiMethod, z.ZodType>;

/**
 * Each method's input has one definition: its type in api.ts, which the schema's output must equal
 * exactly (an optional field on one side only fails too). Intersections are flattened first.
 */
export type InputSchemasMatchApi = AllTrue<{
  [M in ApiMethod]: Equals<Flat<z.output<(typeof inputSchemas)[M]>>, Flat<ApiInput<M>>>;
}>;

export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && Object.prototype.hasOwnProperty.call(inputSchemas, method);
}
