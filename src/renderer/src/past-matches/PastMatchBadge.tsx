import { articleOfClaim, usePastMatchCounts } from './past-match-queries';
import './past-matches.css';

/** A small mark on a claim's row when an earlier fact-check matches it (the counts are read once per article). */
export function PastMatchBadge({ claimId }: { claimId: string }) {
  const count = usePastMatchCounts(articleOfClaim(claimId)).data?.[claimId] ?? 0;
  if (count === 0) return null;
  return (
    <span className="claim-past-badge" title={`Checked before: ${count} ${count === 1 ? 'match' : 'matches'}`}>
      Checked before
    </span>
  );
}
