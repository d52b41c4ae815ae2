import { describeHistory } from '../../../shared/labels';
import type { HistoryEvent } from '../../../shared/model';

export function ClaimHistory({ history }: { history: HistoryEvent[] }) {
  return (
    <ol className="history" aria-label="History">
      {[...history].reverse().map((event, i) => (
        <li key={`${event.at}-${i}`}>
          <span className="history-what">{describeHistory(event)}</span>
          {event.note ? <span className="history-note">“{event.note}”</span> : null}
          <span className="history-when">
            {event.by} · <time dateTime={event.at}>{new Date(event.at).toLocaleString()}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}
