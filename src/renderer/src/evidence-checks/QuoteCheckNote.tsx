import { locatorOf, type QuoteCheck } from '../../../shared/source-checks';
import { wordDiff } from '../../../shared/wording-diff';
import { DiffWords } from './DiffWords';
import './evidence-checks.css';

/** A quote's words compared with the closest passage of the sources the claim cites. */
export function QuoteCheckNote({ check, sourceTitle }: { check: QuoteCheck; sourceTitle: (id: string) => string }) {
  if (check.finding === 'no-text') {
    return (
      <p className="source-finding finding-no-text" role="status">
        Quote check: the cited sources have no document text to compare with. Attach the transcript or document.
      </p>
    );
  }
  if (check.finding === 'not-found' || !check.found) {
    return (
      <p className="source-finding finding-not-found" role="status">
        Quote check: these words were not found in the documents of the cited sources.
      </p>
    );
  }
  const where = [sourceTitle(check.sourceId ?? ''), check.found.fileName, locatorOf(check.found)]
    .filter(Boolean)
    .join(', ');
  return (
    <div className={`source-finding finding-${check.finding}`} role="status" aria-label="Quote check">
      <span className="finding-label">
        {check.finding === 'exact'
          ? `Quote matches the source word for word (${where})`
          : `Quote differs from the source (${where})`}
      </span>
      {check.finding === 'approximate' ? (
        <DiffWords
          label="The source, with the draft’s changes"
          parts={wordDiff(check.found.text, check.quoted, { loose: true })}
        />
      ) : null}
    </div>
  );
}
