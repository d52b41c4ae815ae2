import type { Article, Claim } from './model';

/**
 * Whether someone set the claim's status after its passage last changed (a revision or a
 * re-attachment). Read from the history, so that it holds after a restart; a status the workbench
 * set itself (needs re-check) or an undo back to it does not count.
 */
export function recheckedSinceRevision(claim: Claim): boolean {
  const history = claim.history;
  let lastAnchor = -1;
  history.forEach((h, i) => {
    if (h.change === 'anchor') lastAnchor = i;
  });
  const statuses = history.slice(lastAnchor + 1).filter((h) => h.change === 'status');
  const last = statuses[statuses.length - 1];
  return last !== undefined && last.to !== 'needs-recheck';
}

/** "Since version N": the claims a new version put in doubt that nobody has looked at again yet. */
export function claimsToRecheck(article: Article): { edited: Claim[]; orphaned: Claim[] } {
  const current = article.versions[article.versions.length - 1]!;
  const open = article.claims.filter((c) => !recheckedSinceRevision(c));
  return {
    edited: open.filter((c) => c.anchorState === 'edited' && c.anchor.version === current.n),
    orphaned: open.filter((c) => c.anchorState === 'orphaned'),
  };
}
