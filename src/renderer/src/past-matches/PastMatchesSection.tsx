import { useState } from 'react';
import type { PastCheckMatch } from '../../../shared/api-past-check-matches';
import type { Claim } from '../../../shared/model';
import { isWebUrl } from '../../../shared/urls';
import { RatingBadge } from '../past-checks/RatingBadge';
import { pastCheckMeta } from '../past-checks/past-check-text';
import { MatchReasons } from './MatchReasons';
import { useConfirmMatch, useRejectMatch } from './past-match-mutations';
import { usePastMatches } from './past-match-queries';
import './past-matches.css';

export const matchesHeading = (n: number): string => `Checked before: ${n} ${n === 1 ? 'match' : 'matches'}`;

function Candidate({ match, claim, articleId }: { match: PastCheckMatch; claim: Claim; articleId: string }) {
  const confirm = useConfirmMatch();
  const reject = useRejectMatch();
  const { pastCheck } = match;
  const busy = confirm.isPending || reject.isPending;
  const answer = { articleId, claimId: claim.id, pastCheckId: pastCheck.id };
  return (
    <li className="past-match" aria-label={`Past fact-check: ${pastCheck.claim}`}>
      <blockquote className="past-match-claim">{pastCheck.claim}</blockquote>
      <div className="past-match-meta">
        <RatingBadge item={pastCheck} />
        <span>{pastCheckMeta(pastCheck)}</span>
        {pastCheck.origin === 'desk' && pastCheck.articleTitle ? <span>in “{pastCheck.articleTitle}”</span> : null}
        <span
          className="past-match-score"
          title="The matcher's score, from 0 to 1: it ranks the candidates; a larger archive gives higher scores"
        >
          score {match.score.toFixed(2)}
        </span>
        {pastCheck.url && isWebUrl(pastCheck.url) ? (
          <a href={pastCheck.url} target="_blank" rel="noopener noreferrer">
            Open the fact-check
          </a>
        ) : null}
      </div>
      <MatchReasons reasons={match.reasons} />
      {match.confirmed ? (
        <p className="past-match-done">Added as context evidence.</p>
      ) : (
        <div className="past-match-actions">
          <button type="button" disabled={busy} onClick={() => confirm.mutate(answer)}>
            Same claim — add as context
          </button>
          <button type="button" disabled={busy} onClick={() => reject.mutate(answer)}>
            Not the same
          </button>
        </div>
      )}
    </li>
  );
}

/** "Have we checked this before?": the past fact-checks like this claim, each to confirm or reject. */
export function PastMatchesSection({ claim, articleId }: { claim: Claim; articleId: string }) {
  const matches = usePastMatches(claim.id);
  const [open, setOpen] = useState(true);
  const list = matches.data ?? [];
  if (matches.isPending) return <p className="past-matches muted">Looking for earlier fact-checks…</p>;
  if (matches.isError) return <p className="past-matches muted">Earlier fact-checks could not be searched.</p>;
  if (list.length === 0) return <p className="past-matches muted">No earlier fact-check matches this claim</p>;
  return (
    <section className="past-matches" aria-label="Checked before">
      <h3>
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} {matchesHeading(list.length)}
        </button>
      </h3>
      {open ? (
        <ol className="past-match-list">
          {list.map((match) => (
            <Candidate key={match.pastCheck.id} match={match} claim={claim} articleId={articleId} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
