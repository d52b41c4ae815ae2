import type { ClaimPlace } from '../../../shared/api';
import type { Article, ClaimStatus } from '../../../shared/model';

export interface ClaimHighlight {
  id: string;
  start: number;
  end: number;
  status: ClaimStatus;
}

/**
 * The claims to mark in a version: in the current one, where they are anchored; in an earlier one,
 * where they stood then (`places`, from the core; claims absent from that version are not marked).
 */
export function claimHighlights(
  article: Article,
  version: number,
  places: readonly ClaimPlace[] | undefined,
): ClaimHighlight[] {
  if (!places)
    return article.claims
      .filter((c) => c.anchor.version === version)
      .map((c) => ({ id: c.id, start: c.anchor.start, end: c.anchor.end, status: c.status }));
  const byId = new Map(article.claims.map((c) => [c.id, c]));
  return places.flatMap((p) => {
    const claim = byId.get(p.claimId);
    return claim ? [{ id: claim.id, start: p.start, end: p.end, status: claim.status }] : [];
  });
}
