import type { ClaimPlace } from '../../../shared/api';
import type { Article, Change, Claim, Version } from '../../../shared/model';
import { anchorSpan } from './anchor';
import { reanchorClaims, type ClaimSpan } from './reanchor';

export type CompareChanges = (oldText: string, newText: string) => Promise<readonly Change[]>;

/** The wording the claim had before `version` changed it, as its history recorded then. */
function wordingBefore(claim: Claim, version: Version): string | undefined {
  return claim.history.find((h) => h.change === 'anchor' && h.at === version.createdAt && h.from && h.to)?.from;
}

/**
 * Where each claim stood in version `n`: the claims of the current version are carried back one
 * revision at a time (the same re-anchoring as forward, on the reversed comparison), each edited claim
 * looked for by the wording it had before; a claim last seen in a version joins there. Whatever is not
 * found in a version is left out from there on.
 */
export async function claimPlaces(article: Article, n: number, compare: CompareChanges): Promise<ClaimPlace[]> {
  const byId = new Map(article.claims.map((c) => [c.id, c]));
  const versions = new Map(article.versions.map((v) => [v.n, v]));
  const latest = article.versions[article.versions.length - 1]!.n;
  const inVersion = (k: number): ClaimSpan[] =>
    article.claims.filter((c) => c.anchor.version === k).map((c) => ({ id: c.id, ...c.anchor }));
  let spans = inVersion(latest);
  for (let k = latest; k > n; k--) {
    const newer = versions.get(k)!;
    const older = versions.get(k - 1)!;
    if (spans.length > 0) {
      const sought = spans.map((s) => {
        const before = wordingBefore(byId.get(s.id)!, newer);
        return before ? { ...s, exact: before } : s;
      });
      const results = reanchorClaims(older.text, await compare(newer.text, older.text), sought);
      spans = results.flatMap((r) =>
        r.start === null || r.end === null ? [] : [{ id: r.id, ...anchorSpan(older.text, older.n, r.start, r.end) }],
      );
    }
    spans.push(...inVersion(k - 1));
  }
  return spans.map((s) => ({ claimId: s.id, start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
}
