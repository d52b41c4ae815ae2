import { useMemo, useState, type ReactNode } from 'react';
import { SOURCE_KIND_LABELS, citationOf } from '../../../shared/labels';
import { SOURCE_KINDS, type Source, type SourceKind } from '../../../shared/model';
import { fold } from '../../../shared/text-fold';
import { duplicatesBySource } from './duplicates';
import { FindInSources } from './FindInSources';
import { SourceDetail } from './SourceDetail';
import { SourceForm } from './SourceForm';
import { useCreateSource } from './source-mutations';
import { useSourceUsage, useSources } from './source-queries';
import { LibraryHeader } from './LibraryHeader';

interface Props {
  /** The library's tabs (sources, past fact-checks), shown under the heading. */
  tabs?: ReactNode;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onOpenClaim: (articleId: string, claimId: string) => void;
  onClose: () => void;
}

type Sort = 'title' | 'newest' | 'cited' | 'kind';

/** The sources library shared by all articles: find, sort, edit, merge, attach files, see citations. */
export function SourcesScreen({ tabs, selectedId, onSelect, onOpenClaim, onClose }: Props) {
  const sources = useSources();
  const createSource = useCreateSource();
  const [query, setQuery] = useState('');
  const [findQuery, setFindQuery] = useState('');
  const [kind, setKind] = useState<SourceKind | 'any'>('any');
  const [sort, setSort] = useState<Sort>('title');
  const [onlyDuplicates, setOnlyDuplicates] = useState(false);
  const [creating, setCreating] = useState(false);

  const usage = useSourceUsage();
  const citedIn = useMemo<ReadonlyMap<string, number>>(() => new Map(Object.entries(usage ?? {})), [usage]);
  const duplicateOf = useMemo(() => duplicatesBySource(sources), [sources]);

  const shown = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    const list = sources.filter((s) => {
      if (kind !== 'any' && s.kind !== kind) return false;
      if (onlyDuplicates && !duplicateOf.has(s.id)) return false;
      const text = fold([s.title, s.author, s.publisher, s.url, s.notes, s.date].filter(Boolean).join(' '));
      return words.every((w) => text.includes(w));
    });
    const by: Record<Sort, (a: Source, b: Source) => number> = {
      title: (a, b) => a.title.localeCompare(b.title),
      newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
      cited: (a, b) => (citedIn.get(b.id) ?? 0) - (citedIn.get(a.id) ?? 0) || a.title.localeCompare(b.title),
      kind: (a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title),
    };
    return list.sort(by[sort]);
  }, [sources, query, kind, sort, onlyDuplicates, duplicateOf, citedIn]);

  const selected = sources.find((s) => s.id === selectedId) ?? null;

  return (
    <section className="wide-pane sources-screen" aria-label="Sources library">
      <div className="pane sources-list-pane">
        <LibraryHeader onClose={onClose} />
        {tabs}
        <div className="sources-tools">
          <input
            type="search"
            value={query}
            placeholder="Search title, author, publisher, URL, notes"
            aria-label="Search sources"
            onChange={(e) => setQuery(e.target.value)}
          />
          <input
            type="search"
            value={findQuery}
            placeholder="Find in sources: words inside the attached files"
            aria-label="Find in sources"
            onChange={(e) => setFindQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && findQuery) {
                e.stopPropagation();
                setFindQuery('');
              }
            }}
          />
          <div className="filter-row">
            <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as SourceKind | 'any')}>
              <option value="any">Any kind</option>
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {SOURCE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
            <select aria-label="Sort" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
              <option value="title">By title</option>
              <option value="newest">Newest first</option>
              <option value="cited">Most cited first</option>
              <option value="kind">By kind</option>
            </select>
            <button type="button" className="button small" onClick={() => setCreating(true)}>
              + New source
            </button>
          </div>
          {duplicateOf.size > 0 ? (
            <label className="duplicates-toggle">
              <input type="checkbox" checked={onlyDuplicates} onChange={(e) => setOnlyDuplicates(e.target.checked)} />
              Only possible duplicates ({duplicateOf.size} sources share an address or a title)
            </label>
          ) : null}
        </div>
        {findQuery.trim() ? (
          <FindInSources
            query={findQuery}
            selectedId={selectedId}
            onOpen={(id) => {
              setCreating(false);
              onSelect(id);
            }}
          />
        ) : sources.length === 0 ? (
          <p className="empty-hint">
            No sources yet. Create one here, or from a claim’s evidence with <strong>+ New source</strong>.
          </p>
        ) : shown.length === 0 ? (
          <p className="empty-hint">No source matches.</p>
        ) : (
          <ul className="source-list" aria-label="Sources">
            {shown.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className={`source-row${s.id === selectedId ? ' open' : ''}`}
                  aria-current={s.id === selectedId ? 'true' : undefined}
                  onClick={() => {
                    setCreating(false);
                    onSelect(s.id);
                  }}
                >
                  <span className="source-row-title">{s.title}</span>
                  <span className="source-row-meta">
                    {citationOf(s)}
                    {' · '}
                    {citedIn.get(s.id)
                      ? `cited in ${citedIn.get(s.id)} article${citedIn.get(s.id) === 1 ? '' : 's'}`
                      : 'not cited'}
                    {s.attachments?.length
                      ? ` · ${s.attachments.length} file${s.attachments.length === 1 ? '' : 's'}`
                      : ''}
                    {duplicateOf.has(s.id) ? ' · possible duplicate' : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <section className="pane source-detail-pane" aria-label="Source details">
        {creating ? (
          <div className="source-detail">
            <h2>New source</h2>
            <SourceForm
              full
              onSubmit={(fields) => createSource.mutateAsync(fields).catch(() => undefined)}
              onDone={(source) => {
                setCreating(false);
                if (source) onSelect(source.id);
              }}
            />
          </div>
        ) : selected ? (
          <SourceDetail
            key={`${selected.id}-${selected.updatedAt}`}
            source={selected}
            sources={sources}
            duplicates={duplicateOf.get(selected.id) ?? []}
            onOpenClaim={onOpenClaim}
            onDeleted={() => onSelect(null)}
          />
        ) : (
          <p className="empty-hint">Choose a source to see its details, its files and every claim that cites it.</p>
        )}
      </section>
    </section>
  );
}
