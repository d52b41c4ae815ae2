import { describeHistory } from '../../../shared/labels';
import type { HistoryEvent, Version } from '../../../shared/model';
import { wordingChanges } from '../../../shared/wording-diff';
import { WordingExcerpt } from './WordingDiff';

export function ClaimHistory({ history, versions }: { history: HistoryEvent[]; versions: readonly Version[] }) {
  return (
    <ol className="history" aria-label="History">
      {[...history].reverse().map((event, i) => {
        const wording = wordingChanges([event], versions)[0];
        return (
          <li key={`${event.at}-${i}`}>
            <span className="history-what">{describeHistory(event)}</span>
            {wording ? <WordingExcerpt change={wording} /> : null}
            {event.note ? <span className="history-note">“{event.note}”</span> : null}
            <span className="history-when">
              {event.by}
              {event.machine ? ` on ${event.machine}` : ''} ·{' '}
              <time dateTime={event.at}>{new Date(event.at).toLocaleString()}</time>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
