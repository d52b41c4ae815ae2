import { FINAL_STATUSES, type Article, type ArticleSummary, type ClaimStatus } from '../../../shared/model';

export const SETTLED_STATUSES: ReadonlySet<ClaimStatus> = new Set(FINAL_STATUSES);

export function summarize(article: Article): ArticleSummary {
  let verifiedCount = 0;
  let settledCount = 0;
  const statusCounts: Partial<Record<ClaimStatus, number>> = {};
  const sourceIds = new Set<string>();
  let conflictCount = article.conflicts?.length ?? 0;
  for (const claim of article.claims) {
    // A claim with an unresolved sync conflict is open work, whatever its status says.
    const open = Boolean(claim.conflicts?.length);
    conflictCount += claim.conflicts?.length ?? 0;
    if (claim.status === 'verified' && !open) verifiedCount++;
    if (SETTLED_STATUSES.has(claim.status) && !open) settledCount++;
    statusCounts[claim.status] = (statusCounts[claim.status] ?? 0) + 1;
    for (const evidence of claim.evidence) sourceIds.add(evidence.sourceId);
  }
  const summary: ArticleSummary = {
    id: article.id,
    title: article.title,
    versionCount: article.versions.length,
    claimCount: article.claims.length,
    verifiedCount,
    settledCount,
    statusCounts,
    sourceIds: [...sourceIds].sort(),
    ...deskActivity(article),
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
  };
  if (article.desk !== undefined) summary.desk = article.desk;
  if (conflictCount > 0) summary.conflictCount = conflictCount;
  return summary;
}

/**
 * The desk's view of an article: who made the latest change to its claims (the newest history event,
 * the trash included) and everyone its claims are assigned to.
 */
export function deskActivity(article: Article): Pick<ArticleSummary, 'updatedBy' | 'assignees'> {
  let latest: { at: string; by: string } | undefined;
  for (const claim of [...article.claims, ...(article.trashedClaims ?? [])]) {
    for (const event of claim.history) if (!latest || event.at > latest.at) latest = event;
  }
  const assignees = [...new Set(article.claims.flatMap((c) => (c.assignee ? [c.assignee] : [])))].sort();
  return {
    ...(latest?.by ? { updatedBy: latest.by } : {}),
    ...(assignees.length > 0 ? { assignees } : {}),
  };
}

export function currentVersion(article: Article): Article['versions'][number] {
  const version = article.versions[article.versions.length - 1];
  if (!version) throw new Error(`Article ${article.id} has no version.`);
  return version;
}
