import { FINDING_LABELS, locatorOf, type ExcerptCheck } from '../../../shared/source-checks';
import { wordDiff } from '../../../shared/wording-diff';
import { DiffWords } from './DiffWords';
import './evidence-checks.css';

/** Whether an excerpt is in its source's document, with the document's words where they differ. */
export function ExcerptFinding({ check, excerpt }: { check: ExcerptCheck; excerpt: string }) {
  if (check.finding === 'no-text') return null;
  const found = check.found;
  const where = found ? [found.fileName, locatorOf(found)].filter(Boolean).join(', ') : '';
  return (
    <div className={`source-finding finding-${check.finding}`} role="status">
      <span className="finding-label">
        {check.finding === 'not-found'
          ? 'Not found in the attached document: check the excerpt (it is kept, and reported as unconfirmed)'
          : `${FINDING_LABELS[check.finding]} in ${where}`}
        {found && check.finding === 'approximate' ? ` (match ${Math.round(found.score * 100)}%)` : ''}
      </span>
      {found && check.finding === 'approximate' ? (
        <DiffWords label="The document says" parts={wordDiff(excerpt, found.text, { loose: true })} />
      ) : null}
    </div>
  );
}
