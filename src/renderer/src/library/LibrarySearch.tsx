import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../shared/api';

interface Props {
  search: (query: string) => Promise<SearchResult[]>;
  onPick: (result: SearchResult) => void;
}

export const LIBRARY_SEARCH_ID = 'library-search';

const TYPE_LABELS: Record<SearchResult['type'], string> = { article: 'Article', claim: 'Claim', source: 'Source' };

/** One box that finds articles, claims and sources across the library (Ctrl+K). */
export function LibrarySearch({ search, onPick }: Props) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<{ query: string; items: SearchResult[]; error?: string } | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let live = true;
    const timer = setTimeout(() => {
      search(q)
        .then((items) => live && setResults({ query: q, items }))
        .catch((error: Error) => live && setResults({ query: q, items: [], error: error.message }));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, search]);

  const pick = (result: SearchResult): void => {
    onPick(result);
    setQuery('');
    setResults(null);
  };
  // The results close when focus leaves the search (they come back on focus), so they never cover
  // the article list for good.
  const [open, setOpen] = useState(true);
  const shown = open && query.trim() && results ? results : null;

  /** Enter takes the best match for what is typed now, not for what the last (debounced) search saw. */
  async function pickFirst(q: string): Promise<void> {
    const items = results?.query === q ? results.items : await search(q).catch(() => []);
    if (items[0]) pick(items[0]);
    else setResults({ query: q, items });
  }

  return (
    <div
      className="library-search"
      role="search"
      onFocus={() => setOpen(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(e) => {
        // Up and down move between the results, as in a menu.
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        const items = [...e.currentTarget.querySelectorAll<HTMLElement>('input, .search-result')];
        const at = items.indexOf(document.activeElement as HTMLElement);
        const next = items[Math.min(items.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))];
        if (next) {
          e.preventDefault();
          next.focus();
        }
      }}
    >
      <input
        id={LIBRARY_SEARCH_ID}
        type="search"
        value={query}
        placeholder="Search the library  (Ctrl+K)"
        aria-label="Search the library"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
          if (e.key === 'Enter' && query.trim()) void pickFirst(query.trim());
        }}
      />
      {shown ? (
        <div className="search-results" aria-label="Search results">
          <p className="sr-only" aria-live="polite">
            {shown.items.length} result{shown.items.length === 1 ? '' : 's'}
          </p>
          {shown.error ? <p className="empty-hint">{shown.error}</p> : null}
          {!shown.error && shown.items.length === 0 ? (
            <p className="empty-hint">Nothing found for “{shown.query}”.</p>
          ) : null}
          <ul>
            {shown.items.map((r) => (
              <li key={`${r.type}-${r.id}`}>
                <button type="button" className="search-result" onClick={() => pick(r)}>
                  <span className={`result-type type-${r.type}`}>{TYPE_LABELS[r.type]}</span>
                  <span className="result-title">{r.title}</span>
                  {r.context ? <span className="result-context">in {r.context}</span> : null}
                  {r.snippet ? <span className="result-snippet">{r.snippet}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
