import { byTextPlace } from '../../../shared/claim-order';
import { anchorSpan } from './anchor';
import { newClaimId } from './ids';
import type {
  Anchor,
  Article,
  Claim,
  ClaimAppearance,
  Claimant,
  ClaimKind,
  ClaimStatus,
  Evidence,
  HistoryEvent,
} from '../../../shared/model';

export interface Actor {
  by: string;
  at: string;
  /** The editor's reason, kept on the history event. */
  note?: string;
  /** Set when the change reverses an earlier event (see claim-undo.ts). */
  undoes?: number;
  /** The machine the change is made on (desk sync). */
  machine?: string;
}

/** History is append-only: every change adds one event, nothing is ever rewritten. */
function record(claim: Claim, actor: Actor, event: Omit<HistoryEvent, 'at' | 'by'>): void {
  const entry: HistoryEvent = { at: actor.at, by: actor.by, ...event };
  if (actor.note?.trim() && !entry.note) entry.note = actor.note.trim();
  if (actor.undoes !== undefined) entry.undoes = actor.undoes;
  if (actor.machine) entry.machine = actor.machine;
  claim.history.push(entry);
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
    history: [
      {
        at: actor.at,
        by: actor.by,
        change: 'created',
        to: 'unchecked',
        ...(actor.machine ? { machine: actor.machine } : {}),
      },
    ],
    origin,
    createdAt: actor.at,
    updatedAt: actor.at,
  };
}

/** Every status change is kept: who, when, from what, to what, and why if given. */
export function changeStatus(claim: Claim, status: ClaimStatus, actor: Actor, note?: string): void {
  // A verdict label belongs to the status it was given with; it goes (on the record) when that does.
  if (claim.verdict && claim.status !== status) changeVerdict(claim, '', { ...actor, note: 'The status changed.' });
  const event: Omit<HistoryEvent, 'at' | 'by'> = { change: 'status', from: claim.status, to: status };
  if (note?.trim()) event.note = note.trim();
  claim.status = status;
  record(claim, actor, event);
}

/** A claim that was checked (or being checked) must be looked at again when what backs it changes. */
export function flagForRecheck(claim: Claim, actor: Actor, why: string): void {
  if (claim.status !== 'unchecked' && claim.status !== 'needs-recheck')
    changeStatus(claim, 'needs-recheck', actor, why);
}

export function changeVerdict(claim: Claim, verdict: string, actor: Actor): void {
  const from = claim.verdict ?? '';
  if (from === verdict) return;
  record(claim, actor, { change: 'verdict', from, to: verdict });
  if (verdict) claim.verdict = verdict;
  else delete claim.verdict;
}

export function changeNotes(claim: Claim, notes: string, actor: Actor): void {
  if (claim.notes === notes) return;
  record(claim, actor, { change: 'notes', from: claim.notes, to: notes });
  claim.notes = notes;
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

/** `what` names the evidence for people ("supports: City audit"); the record itself is kept for undo. */
export function addEvidence(claim: Claim, evidence: Evidence, actor: Actor, what: string): void {
  claim.evidence.push(evidence);
  // A copy: the history must not change when the live evidence later does (a merge re-points it).
  record(claim, actor, { change: 'evidence-added', to: what, evidence: { ...evidence } });
}

export function removeEvidence(claim: Claim, evidence: Evidence, actor: Actor, what: string): void {
  claim.evidence = claim.evidence.filter((e) => e.id !== evidence.id);
  record(claim, actor, { change: 'evidence-removed', from: what, evidence: { ...evidence } });
}

/** Evidence re-pointed to another source, as when duplicate sources are merged. */
export function repointEvidence(
  claim: Claim,
  evidence: Evidence,
  sourceId: string,
  actor: Actor,
  from: string,
  to: string,
): void {
  evidence.sourceId = sourceId;
  record(claim, actor, { change: 'evidence-source', from, to });
}

/** The claim's quote was re-anchored: from the old wording to the new ('' when it was lost). */
export function recordAnchor(claim: Claim, actor: Actor, from: string, to: string, note: string): void {
  record(claim, actor, { change: 'anchor', from, to, note });
}

/** The claim went to its article's trash, or came back from it; the actor's note is the reason. */
export function recordTrashMove(claim: Claim, actor: Actor, change: 'deleted' | 'restored'): void {
  record(claim, actor, { change });
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

/** The claimant as the API gives it: a name (empty removes it) and whether a person or an organization. */
export function changeClaimant(claim: Claim, claimant: Claimant, actor: Actor): void {
  const name = claimant.name.trim();
  const next = name ? { name, type: claimant.type } : undefined;
  changeMade(claim, 'claimant', next, actor);
}

/** Where the claim appeared; empty fields are left out, and all empty removes it. */
export function changeAppearance(claim: Claim, appearance: ClaimAppearance, actor: Actor): void {
  const next: ClaimAppearance = {};
  for (const field of ['url', 'publication', 'date'] as const) {
    const value = appearance[field]?.trim();
    if (value) next[field] = value;
  }
  changeMade(claim, 'appearance', Object.keys(next).length ? next : undefined, actor);
}

export function changeMadeAt(claim: Claim, madeAt: string, actor: Actor): void {
  changeMade(claim, 'made-at', madeAt.trim() || undefined, actor);
}

const MADE_FIELDS = { claimant: 'claimant', appearance: 'appearance', 'made-at': 'madeAt' } as const;
type MadeChange = keyof typeof MADE_FIELDS;

/** One history event per change; objects are kept in it as JSON, so that undo can restore them. */
function changeMade(
  claim: Claim,
  change: MadeChange,
  next: Claimant | ClaimAppearance | string | undefined,
  actor: Actor,
): void {
  const field = MADE_FIELDS[change];
  const asText = (value: unknown): string =>
    value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const from = asText(claim[field]);
  const to = asText(next);
  if (from === to) return;
  record(claim, actor, { change, from, to });
  if (next === undefined) delete claim[field];
  else Object.assign(claim, { [field]: next });
}

/** The value a claimant, appearance or date event recorded (for undo). */
export function madeValue(change: MadeChange, text: string | undefined): Claimant | ClaimAppearance | string {
  if (change === 'made-at') return text ?? '';
  if (!text) return change === 'claimant' ? { name: '', type: 'person' } : {};
  return JSON.parse(text) as Claimant | ClaimAppearance;
}

/** The checker said a past fact-check is not the same claim; `pastCheckId` is its archive id. */
export function recordMatchRejected(claim: Claim, actor: Actor, pastCheckId: string): void {
  record(claim, actor, { change: 'match-rejected', to: pastCheckId });
}

/** The past fact-checks the checker said are not this claim. */
export function rejectedMatches(claim: Claim): Set<string> {
  return new Set(claim.history.flatMap((event) => (event.change === 'match-rejected' && event.to ? [event.to] : [])));
}
