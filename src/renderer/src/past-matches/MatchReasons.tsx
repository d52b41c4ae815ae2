import type { MatchReason, TextSpan } from '../../../shared/matching';
import { describeReason } from '../../../shared/matching';

/** The passage with the words both share marked, so the checker sees at once what matched. */
function Highlighted({ text, span, words }: { text: string; span: TextSpan; words: readonly TextSpan[] }) {
  const parts: { text: string; shared: boolean }[] = [];
  let at = 0;
  for (const word of [...words].sort((a, b) => a.start - b.start)) {
    const start = word.start - span.start;
    const end = word.end - span.start;
    if (start < at || end > text.length) continue;
    if (start > at) parts.push({ text: text.slice(at, start), shared: false });
    parts.push({ text: text.slice(start, end), shared: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), shared: false });
  return (
    <q className="match-passage">
      {parts.map((part, n) => (part.shared ? <mark key={n}>{part.text}</mark> : <span key={n}>{part.text}</span>))}
    </q>
  );
}

/** Why the matcher thinks it is the same claim, in terms a person can check; a negation is a warning. */
export function MatchReasons({ reasons }: { reasons: readonly MatchReason[] }) {
  return (
    <ul className="match-reasons">
      {reasons.map((reason, n) => {
        if (reason.kind === 'passage') {
          return (
            <li key={n}>
              Matching {reason.field === 'title' ? 'title' : 'passage'}:{' '}
              <Highlighted text={reason.text} span={reason.span} words={reason.words} />
            </li>
          );
        }
        return (
          <li key={n} className={reason.kind === 'negation' ? 'match-warning' : undefined}>
            {reason.kind === 'negation' ? '⚠ ' : ''}
            {describeReason(reason)}
          </li>
        );
      })}
    </ul>
  );
}
