import { useEffect, useState } from 'react';
import type { SourceTextMatch } from '../../../shared/source-text';
import { useFindText, useTextStatus } from './source-queries';

interface Props {
  query: string;
  selectedId: string | null;
  onOpen: (sourceId: string) => void;
}

/** The words typed, once typing pauses: each keystroke does not ask the core again. */
function useSettled(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Where in the file: the page of a PDF, else the paragraph. */
export const placeOf = (match: Pick<SourceTextMatch, 'page' | 'paragraph'>): string =>
  match.page !== undefined ? `p. ${match.page}` : `para. ${match.paragraph}`;

function Snippet({ match }: { match: SourceTextMatch }) {
  const { snippet } = match;
  return (
    <span className="result-snippet">
      {snippet.slice(0, match.match.start)}
      <mark>{snippet.slice(match.match.start, match.match.end)}</mark>
      {snippet.slice(match.match.end)}
    </span>
  );
}

/**
 * "Find in sources": the places the words occur in every attached file's text. Each result opens its
 * source; the list replaces the sources list while words are typed.
 */
export function FindInSources({ query, selectedId, onOpen }: Props) {
  const settled = useSettled(query.trim());
  const found = useFindText(settled);
  const texts = useTextStatus();
  const anyText = Object.values(texts).some((t) => t.state === 'text' || t.state === 'reading');
  if (found.isPending || settled !== query.trim()) return <p className="empty-hint">Finding “{query.trim()}”…</p>;
  if (found.isError) return <p className="empty-hint">{found.error.message}</p>;
  const { matches, reading } = found.data;
  if (matches.length === 0 && !anyText) {
    return (
      <p className="empty-hint">
        No attached file has text to search yet. Attach a PDF, Markdown or text file to a source (Files, Attach a
        file…), then find its words here.
      </p>
    );
  }
  const stillReading =
    reading > 0 ? ` ${reading} file${reading === 1 ? ' is' : 's are'} still being read; results will follow.` : '';
  return (
    <div className="find-in-sources">
      <p className="muted" aria-live="polite">
        {matches.length === 0
          ? `No attached file contains “${settled}”.${stillReading}`
          : `${matches.length} place${matches.length === 1 ? '' : 's'} in the attached files.${stillReading}`}
      </p>
      <ul className="source-list" aria-label="Found in sources">
        {matches.map((m) => (
          <li key={`${m.sourceId}-${m.sha256}-${m.offset}`}>
            <button
              type="button"
              className={`source-row${m.sourceId === selectedId ? ' open' : ''}`}
              aria-current={m.sourceId === selectedId ? 'true' : undefined}
              onClick={() => onOpen(m.sourceId)}
            >
              <span className="source-row-title">{m.sourceTitle}</span>
              <span className="source-row-meta">
                {m.fileName} · {placeOf(m)}
              </span>
              <Snippet match={m} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
