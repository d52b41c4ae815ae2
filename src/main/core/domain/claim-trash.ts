import type { Article, Claim, Comparison, TrashedClaim, Version } from '../../../shared/model';
import { AppError } from '../app-error';
import { carryClaimForward } from './carry-claims';
import { flagForRecheck, recordTrashMove, removeEvidence, sortClaims, type Actor } from './claim-changes';

/**
 * Moves the claim to the article's trash, whole with its history and a 'deleted' event: the audit
 * trail loses nothing. Copy-on-write: the trash gets a new array, the old one is not touched.
 */
export function trashClaim(article: Article, claim: Claim, actor: Actor, reason?: string): TrashedClaim {
  const why = reason?.trim();
  recordTrashMove(claim, why ? { ...actor, note: why } : actor, 'deleted');
  const trashed: TrashedClaim = { ...claim, deleted: { at: actor.at, by: actor.by, ...(why ? { reason: why } : {}) } };
  article.claims = article.claims.filter((c) => c.id !== claim.id);
  article.trashedClaims = [...(article.trashedClaims ?? []), trashed];
  return trashed;
}

export interface RestoreContext {
  actor: Actor;
  /** Whether the sources library still has the source (it may have been deleted or merged away meanwhile). */
  sourceExists: (id: string) => boolean;
  /** The comparison of two of the article's versions, for a claim anchored in an earlier one. */
  compare: (previous: Version, next: Version) => Comparison;
}

/**
 * Brings a claim back from the article's trash with a 'restored' event. Kept as it was when deleted,
 * it is then brought up to date as the changes it missed would have changed it: carried onto the
 * current version, and its evidence unlinked (on the record) where the source has left the library.
 */
export function restoreClaim(article: Article, claimId: string, context: RestoreContext): Claim {
  const trashed = article.trashedClaims?.find((c) => c.id === claimId);
  if (!trashed) throw new AppError('NOT_FOUND', `There is no claim with id ${claimId} in the article’s trash.`);
  const claim: Claim & { deleted?: TrashedClaim['deleted'] } = structuredClone(trashed);
  delete claim.deleted;
  const { actor } = context;
  recordTrashMove(claim, actor, 'restored');
  carryClaimForward(claim, article.versions, actor, context.compare);
  for (const evidence of [...claim.evidence]) {
    if (context.sourceExists(evidence.sourceId)) continue;
    // The source's title is gone with it; the event that linked it still names it.
    const linked = claim.history.findLast((e) => e.change === 'evidence-added' && e.evidence?.id === evidence.id);
    const what = linked?.to ?? `${evidence.relation}: source ${evidence.sourceId}`;
    removeEvidence(claim, evidence, actor, `${what} (source no longer in the library)`);
    flagForRecheck(claim, actor, 'A source it cited left the library while the claim was in the trash.');
  }
  article.trashedClaims = article.trashedClaims!.filter((c) => c.id !== claimId);
  article.claims = [...article.claims, claim];
  sortClaims(article);
  return claim;
}
