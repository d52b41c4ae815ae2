import type { Claim, ClaimKind, ClaimStatus } from '../../../shared/model';
import { fold } from '../../../shared/text-fold';

/** What the claims list shows; the default shows every claim in text order. */
export interface ClaimFilter {
  /** 'conflict': the claims with a field changed on two machines, open work whatever their status. */
  status: ClaimStatus | 'any' | 'conflict';
  kind: ClaimKind | 'any';
  /** 'me' is the editor's own name (Settings); 'nobody' the unassigned; else one checker's name. */
  assignee: 'any' | 'me' | 'nobody' | { name: string };
  origin: Claim['origin'] | 'any';
  text: string;
  /** Only the claims an earlier fact-check matches. */
  checkedBefore: boolean;
  sort: 'position' | 'status';
}

export const NO_FILTER: ClaimFilter = {
  status: 'any',
  kind: 'any',
  assignee: 'any',
  origin: 'any',
  text: '',
  checkedBefore: false,
  sort: 'position',
};

/** Sorting by status puts what needs work first and what is settled last. */
const STATUS_ORDER: readonly ClaimStatus[] = [
  'needs-recheck',
  'in-progress',
  'unchecked',
  'disputed',
  'false',
  'unverifiable',
  'verified',
];

export function isFiltering(filter: ClaimFilter): boolean {
  return (
    filter.status !== 'any' ||
    filter.kind !== 'any' ||
    filter.assignee !== 'any' ||
    filter.origin !== 'any' ||
    filter.checkedBefore ||
    filter.text.trim() !== ''
  );
}

function assigneeMatches(claim: Claim, wanted: ClaimFilter['assignee'], me: string): boolean {
  if (wanted === 'any') return true;
  if (wanted === 'nobody') return !claim.assignee;
  const name = wanted === 'me' ? me : wanted.name;
  return fold(claim.assignee ?? '') === fold(name);
}

/** The words a claim is found by: its quote, notes, verdict, and each excerpt with its source's title. */
function searchableText(claim: Claim, sourceTitles: ReadonlyMap<string, string>): string {
  const parts = [claim.anchor.exact, claim.notes, claim.verdict ?? ''];
  for (const e of claim.evidence) parts.push(e.excerpt ?? '', e.locator ?? '', sourceTitles.get(e.sourceId) ?? '');
  return fold(parts.join('\n'));
}

const NO_CONFLICTS: ReadonlySet<string> = new Set();

function statusMatches(claim: Claim, wanted: ClaimFilter['status'], conflicted: ReadonlySet<string>): boolean {
  if (wanted === 'any') return true;
  return wanted === 'conflict' ? conflicted.has(claim.id) : claim.status === wanted;
}

/**
 * The claims the filter lets through, in the order it asks for (claims arrive in text order);
 * `conflicted` names the claims with an unresolved conflict, which sort first as open work.
 */
export function filterClaims(
  claims: readonly Claim[],
  filter: ClaimFilter,
  me: string,
  sourceTitles: ReadonlyMap<string, string>,
  conflicted: ReadonlySet<string> = NO_CONFLICTS,
  matchCounts: Readonly<Record<string, number>> = {},
): Claim[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const shown = claims.filter(
    (c) =>
      statusMatches(c, filter.status, conflicted) &&
      (filter.kind === 'any' || c.kind === filter.kind) &&
      (filter.origin === 'any' || c.origin === filter.origin) &&
      (!filter.checkedBefore || (matchCounts[c.id] ?? 0) > 0) &&
      assigneeMatches(c, filter.assignee, me) &&
      (words.length === 0 || words.every((w) => searchableText(c, sourceTitles).includes(w))),
  );
  if (filter.sort === 'status') {
    const rank = new Map(shown.map((c, i) => [c.id, i]));
    const order = (c: Claim): number => (conflicted.has(c.id) ? -1 : STATUS_ORDER.indexOf(c.status));
    shown.sort((a, b) => order(a) - order(b) || rank.get(a.id)! - rank.get(b.id)!);
  }
  return shown;
}

/** Everyone claims are assigned to, for the filter's choices. */
export function assigneesOf(claims: readonly Claim[]): string[] {
  return [...new Set(claims.map((c) => c.assignee).filter((a): a is string => Boolean(a)))].sort((a, b) =>
    a.localeCompare(b),
  );
}
