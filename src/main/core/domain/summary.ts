import { FINAL_STATUSES, type Article, type ArticleSummary, type ClaimStatus } from '../../../shared/model';

export const SETTLED_STATUSES: ReadonlySet<ClaimStatus> = new Set(FINAL_STATUSES);

export function summarize(article: Article): ArticleSummary {
  let verifiedCount = 0;
  let settledCount = 0;
  for (const claim of article.claims) {
    if (claim.status === 'verified') verifiedCount++;
    if (SETTLED_STATUSES.has(claim.status)) settledCount++;
  }
  const summary: ArticleSummary = {
    id: article.id,
    title: article.title,
    versionCount: article.versions.length,
    claimCount: article.claims.length,
    verifiedCount,
    settledCount,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
  };
  if (article.desk !== undefined) summary.desk = article.desk;
  return summary;
}

export function currentVersion(article: Article): Article['versions'][number] {
  const version = article.versions[article.versions.length - 1];
  if (!version) throw new Error(`Article ${article.id} has no version.`);
  return version;
}
