import type { ClaimStatus, HistoryEvent } from '../../../shared/model';
import { STATUS_LABELS } from './status-meta';

function describe(event: HistoryEvent): string {
  const status = (s?: string): string => (s ? (STATUS_LABELS[s as ClaimStatus] ?? s) : '—');
  switch (event.change) {
    case 'created':
      return 'Tagged as a claim';
    case 'status':
      return `Status: ${status(event.from)} → ${status(event.to)}`;
    case 'kind':
      return `Kind: ${event.from} → ${event.to}`;
    case 'assignee':
      return `Assigned: ${event.from || 'nobody'} → ${event.to || 'nobody'}`;
    case 'evidence-added':
      return `Source linked (${event.to})`;
    case 'evidence-removed':
      return `Source unlinked (${event.from})`;
    case 'anchor':
      return event.to
        ? event.from === event.to
          ? 'Quote carried to a new place'
          : `Quote now reads “${event.to}”`
        : 'Quote lost in a new version';
  }
}

export function ClaimHistory({ history }: { history: HistoryEvent[] }) {
  return (
    <ol className="history" aria-label="History">
      {[...history].reverse().map((event, i) => (
        <li key={`${event.at}-${i}`}>
          <span className="history-what">{describe(event)}</span>
          {event.note ? <span className="history-note">“{event.note}”</span> : null}
          <span className="history-when">
            {event.by} · <time dateTime={event.at}>{new Date(event.at).toLocaleString()}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}
