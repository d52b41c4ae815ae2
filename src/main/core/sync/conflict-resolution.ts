import { CLAIM_KINDS, CLAIM_STATUSES, type Article, type Claim } from '../../../shared/model';
import type { FieldConflict, SyncConflict } from '../../../shared/sync';
import { AppError } from '../app-error';
import type { Actor } from '../domain/claim-changes';
import { articleIdOfClaim } from '../domain/ids';
import { statusRefusal } from '../domain/status-rules';
import { articleSchema, claimSchema } from '../store/file-schemas';
import type { Store } from '../store/store';

/** Every unresolved conflict of the library (or of one article), each with its article and claim. */
export async function listConflicts(store: Store, articleId?: string): Promise<SyncConflict[]> {
  const out: SyncConflict[] = [];
  for (const summary of store.listArticles()) {
    if (!summary.conflictCount || (articleId && summary.id !== articleId)) continue;
    const article = await store.peekArticle(summary.id).catch(() => undefined);
    if (!article) continue;
    const base = { articleId: article.id, articleTitle: article.title };
    for (const conflict of article.conflicts ?? []) out.push({ ...conflict, ...base });
    for (const claim of [...article.claims, ...(article.trashedClaims ?? [])])
      for (const conflict of claim.conflicts ?? []) out.push({ ...conflict, ...base, claimId: claim.id });
  }
  return out;
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `There is no unresolved conflict with id ${id}.`);
}

const TEXT_FIELDS = new Set(['notes', 'assignee', 'verdict', 'madeAt', 'title', 'desk', 'author']);

/** The value as the field stores it, checked as the field's schema checks a file; '' removes an optional text. */
function parsedValue(field: string, value: string, schema: typeof claimSchema | typeof articleSchema): unknown {
  const shape = schema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean; data?: unknown } }>;
  const fieldSchema = shape[field];
  if (!fieldSchema) throw new AppError('INVALID_INPUT', `The field ${field} cannot be set this way.`);
  let candidate: unknown = value;
  if (!TEXT_FIELDS.has(field) && field !== 'status' && field !== 'kind') {
    try {
      candidate = value === '' ? undefined : (JSON.parse(value) as unknown);
    } catch {
      throw new AppError('INVALID_INPUT', `The value for ${field} is not one the workbench can store.`);
    }
  }
  if (TEXT_FIELDS.has(field) && value === '' && field !== 'notes' && field !== 'title') candidate = undefined;
  const parsed = fieldSchema.safeParse(candidate);
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', `The value for ${field} is not one the workbench can store.`);
  return parsed.data;
}

function setField(target: Record<string, unknown>, field: string, value: unknown): void {
  if (value === undefined) delete target[field];
  else target[field] = value;
}

function resolveOnClaim(claim: Claim, conflict: FieldConflict, value: string, actor: Actor): void {
  const { field } = conflict;
  if (field === 'status') {
    if (!(CLAIM_STATUSES as readonly string[]).includes(value))
      throw new AppError('INVALID_INPUT', `${value} is not a claim status.`);
    // The reason given with that status on its machine still counts (false and disputed may rest on it).
    const reason = claim.history.findLast((e) => e.change === 'status' && e.to === value)?.note;
    const refusal = value === claim.status ? null : statusRefusal(claim, value as Claim['status'], reason);
    if (refusal) throw new AppError('STATUS_RULE', refusal);
  }
  if (field === 'kind' && !(CLAIM_KINDS as readonly string[]).includes(value))
    throw new AppError('INVALID_INPUT', `${value} is not a kind of claim.`);
  const before = claim[field as keyof Claim];
  setField(claim as unknown as Record<string, unknown>, field, parsedValue(field, value, claimSchema));
  claim.conflicts = (claim.conflicts ?? []).filter((c) => c.id !== conflict.id);
  if (claim.conflicts.length === 0) delete claim.conflicts;
  claim.history.push({
    at: actor.at,
    by: actor.by,
    change: 'conflict-resolved',
    from: typeof before === 'string' ? before : JSON.stringify(before ?? ''),
    to: value,
    note: `${field} had been changed on two machines; this value was chosen.`,
    ...(actor.machine ? { machine: actor.machine } : {}),
  });
  claim.updatedAt = actor.at;
}

/**
 * Settles a conflict with the value chosen (or edited): set on the record, the conflict removed,
 * and for a claim a history event. Replicated like any change, so the other machines see it settled.
 */
export async function resolveConflict(store: Store, id: string, value: string, actor: Actor): Promise<void> {
  const recordId = id.split('~')[0] ?? '';
  const articleId = articleIdOfClaim(recordId) ?? recordId;
  if (!store.listArticles().some((a) => a.id === articleId)) throw notFound(id);
  await store.updateArticle(
    articleId,
    (article: Article) => {
      const claim = [...article.claims, ...(article.trashedClaims ?? [])].find((c) => c.id === recordId);
      const onClaim = claim?.conflicts?.find((c) => c.id === id);
      if (claim && onClaim) return resolveOnClaim(claim, onClaim, value, actor);
      const onArticle = article.conflicts?.find((c) => c.id === id);
      if (!onArticle) throw notFound(id);
      setField(
        article as unknown as Record<string, unknown>,
        onArticle.field,
        parsedValue(onArticle.field, value, articleSchema),
      );
      article.conflicts = (article.conflicts ?? []).filter((c) => c.id !== id);
      if (article.conflicts.length === 0) delete article.conflicts;
      article.updatedAt = actor.at;
    },
    'the resolution',
  );
}
