import type { WordingChange } from '../../../shared/wording-diff';
import './wording-diff.css';

/** The claim's old and new wording, each with the words the revision took out or put in marked. */
export function WordingDiff({ change }: { change: WordingChange }) {
  return (
    <figure className="wording-diff" aria-label="Wording change">
      <figcaption>Changed in version {change.version}</figcaption>
      <p>
        <span className="wording-side">Was</span>
        {change.parts
          .filter((p) => p.kind !== 'added')
          .map((p, i) => (p.kind === 'removed' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
      </p>
      <p>
        <span className="wording-side">Now</span>
        {change.parts
          .filter((p) => p.kind !== 'removed')
          .map((p, i) => (p.kind === 'added' ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>))}
      </p>
    </figure>
  );
}

/** Only the changed words, old → new: one line in the claim's history. */
export function WordingExcerpt({ change }: { change: WordingChange }) {
  return (
    <span className="wording-excerpt">
      <del>{change.excerpt.before || '—'}</del> → <ins>{change.excerpt.after || '—'}</ins>
    </span>
  );
}
