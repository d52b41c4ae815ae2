import { STATUS_LABELS } from '../../../shared/labels';
import { pastCheckMeta } from '../past-checks/past-check-text';
import { useSentenceMatches } from './past-match-queries';
import './past-matches.css';

/** Under a suggested sentence: the earlier fact-checks it repeats, so the checker knows before tagging it. */
export function SentenceMatchHint({ text }: { text: string }) {
  const matches = useSentenceMatches(text, true).data ?? [];
  if (matches.length === 0) return null;
  return (
    <div className="suggestion-past-hint" role="note" aria-label="Checked before">
      <p>
        Checked before:{' '}
        {matches.length === 1 ? 'an earlier fact-check matches' : `${matches.length} earlier fact-checks match`} this
        sentence.
      </p>
      <ul>
        {matches.map(({ pastCheck }) => (
          <li key={pastCheck.id}>
            “{pastCheck.claim}” — {pastCheck.rating.label} ({STATUS_LABELS[pastCheck.rating.status]}),{' '}
            {pastCheckMeta(pastCheck)}
          </li>
        ))}
      </ul>
    </div>
  );
}
