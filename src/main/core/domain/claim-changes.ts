import { byTextPlace } from '../../../shared/claim-order';
import { anchorSpan } from './anchor';
import { newClaimId } from './ids';
import type { Anchor, Article, Claim, ClaimKind, ClaimStatus, HistoryEvent } from '../../../shared/model';

export interface Actor {
  by: string;
  at: string;
}

function record(claim: Claim, actor: Actor, event: Omit<HistoryEvent, 'at' | 'by'>): void {
  claim.history.push({ at: actor.at, by: actor.by, ...event });
  claim.updatedAt = actor.at;
}

export function newClaim(id: string, anchor: Anchor, kind: ClaimKind, origin: Claim['origin'], actor: Actor): Claim {
  return {
    id,
    anchor,
    anchorState: 'current',
    kind,
    status: 'unchecked',
    notes: '',
    evidence: [],
    history: [{ at: actor.at, by: actor.by, change: 'created', to: 'unchecked' }],
    origin,
    createdAt: actor.at,
    updatedAt: actor.at,
  };
}

/** Every status change is kept: who, when, from what, to what, and why if given. */
export function changeStatus(claim: Claim, status: ClaimStatus, actor: Actor, note?: string): void {
  const event: Omit<HistoryEvent, 'at' | 'by'> = { change: 'status', from: claim.status, to: status };
  if (note?.trim()) event.note = note.trim();
  claim.status = status;
  record(claim, actor, event);
}

export function changeKind(claim: Claim, kind: ClaimKind, actor: Actor): void {
  if (claim.kind === kind) return;
  record(claim, actor, { change: 'kind', from: claim.kind, to: kind });
  claim.kind = kind;
}

export function changeAssignee(claim: Claim, assignee: string, actor: Actor): void {
  const from = claim.assignee ?? '';
  if (from === assignee) return;
  record(claim, actor, { change: 'assignee', from, to: assignee });
  if (assignee) claim.assignee = assignee;
  else delete claim.assignee;
}

export function recordEvidence(
  claim: Claim,
  actor: Actor,
  change: 'evidence-added' | 'evidence-removed',
  what: string,
): void {
  record(claim, actor, change === 'evidence-added' ? { change, to: what } : { change, from: what });
}

/** The claim's quote was re-anchored: from the old wording to the new ('' when it was lost). */
export function recordAnchor(claim: Claim, actor: Actor, from: string, to: string, note: string): void {
  record(claim, actor, { change: 'anchor', from, to, note });
}

/** Keeps the claims in the order everyone reads them (see byTextPlace). */
export function sortClaims(article: Article): void {
  article.claims.sort(byTextPlace);
}

/** Tags text[start, end) of the current version as a claim, keeping the claims in text order. */
export function addClaim(
  article: Article,
  start: number,
  end: number,
  kind: ClaimKind,
  origin: Claim['origin'],
  actor: Actor,
): Claim {
  const version = article.versions[article.versions.length - 1]!;
  const claim = newClaim(newClaimId(article.id), anchorSpan(version.text, version.n, start, end), kind, origin, actor);
  article.claims.push(claim);
  sortClaims(article);
  article.updatedAt = claim.createdAt;
  return claim;
}
