import { FINAL_STATUSES, type ArticleSummary, type ClaimStatus } from '../../../shared/model';

const isFinal = (status: ClaimStatus): boolean => FINAL_STATUSES.includes(status);

/** The list entry as it will be once one claim moved from one status to another (drawn before the core answers). */
export function withStatusMoved(summary: ArticleSummary, from: ClaimStatus, to: ClaimStatus): ArticleSummary {
  if (from === to) return summary;
  const counts = { ...summary.statusCounts };
  counts[from] = Math.max(0, (counts[from] ?? 0) - 1);
  counts[to] = (counts[to] ?? 0) + 1;
  const delta = (test: (s: ClaimStatus) => boolean): number => Number(test(to)) - Number(test(from));
  return {
    ...summary,
    statusCounts: counts,
    verifiedCount: summary.verifiedCount + delta((s) => s === 'verified'),
    settledCount: summary.settledCount + delta(isFinal),
  };
}
