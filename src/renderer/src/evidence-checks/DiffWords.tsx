import type { WordPart } from '../../../shared/wording-diff';

/** Words of the second text, with those it adds marked and those it lacks struck through. */
export function DiffWords({ label, parts }: { label: string; parts: WordPart[] }) {
  return (
    <p className="diff-words">
      <span className="diff-words-label">{label}: </span>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'added' ? (
          <ins key={i}>{p.text}</ins>
        ) : (
          <del key={i}>{p.text}</del>
        ),
      )}
    </p>
  );
}
