import { useState, type ReactNode } from 'react';
import { PAST_CHECK_LIMITS } from '../../../shared/past-checks';
import { ImportFactChecks } from './ImportFactChecks';
import { PastCheckDetail } from './PastCheckDetail';
import { PastCheckFilters, type Filters } from './PastCheckFilters';
import { usePastCheck, usePastChecks } from './past-check-queries';
import { pastCheckMeta } from './past-check-text';
import { RatingBadge } from './RatingBadge';
import { RatingMappingEditor } from './RatingMappingEditor';
import './past-checks.css';
import { LibraryHeader } from '../sources/LibraryHeader';

interface Props {
  /** The library's tabs, shown under the heading. */
  tabs: ReactNode;
  onOpenClaim: (articleId: string, claimId: string) => void;
  onClose: () => void;
}

const PAGE = PAST_CHECK_LIMITS.pageSize;

/**
 * The archive of past fact-checks: other fact-checkers' work imported from files and the desk's own
 * settled claims; search it, read one, and say which rating label counts as which status.
 */
export function PastChecksScreen({ tabs, onOpenClaim, onClose }: Props) {
  const [filters, setFilters] = useState<Filters>({});
  const [offset, setOffset] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const page = usePastChecks({ ...filters, offset, limit: PAGE }).data;
  const selected = usePastCheck(selectedId).data;
  const filtered = Object.keys(filters).length > 0;

  return (
    <section className="wide-pane sources-screen past-checks-screen" aria-label="Past fact-checks">
      <div className="pane sources-list-pane">
        <LibraryHeader onClose={onClose} />
        {tabs}
        <div className="sources-tools">
          <div className="filter-row past-check-actions">
            <ImportFactChecks />
            <button type="button" className="button small" onClick={() => setSelectedId(null)}>
              Rating mapping
            </button>
          </div>
          <PastCheckFilters
            filters={filters}
            publishers={page?.publishers ?? []}
            onChange={(next) => {
              setFilters(next);
              setOffset(0);
            }}
          />
        </div>
        {!page ? (
          <p className="empty-hint">Reading the archive…</p>
        ) : page.total === 0 && !filtered ? (
          <p className="empty-hint">
            No past fact-checks yet. Use <strong>Import…</strong> to add other fact-checkers’ work: ClaimReview JSON-LD
            or a fact-check feed (.json, .jsonld), a saved fact-check page (.html), or a table (.csv, .tsv) with claim,
            rating and url columns. Claims this desk settles appear here by themselves.
          </p>
        ) : page.total === 0 ? (
          <p className="empty-hint">No past fact-check matches.</p>
        ) : (
          <>
            <ul className="source-list" aria-label="Past fact-checks list">
              {page.items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className={`source-row${item.id === selectedId ? ' open' : ''}`}
                    aria-current={item.id === selectedId ? 'true' : undefined}
                    onClick={() => setSelectedId(item.id)}
                  >
                    <span className="source-row-title">{item.claim}</span>
                    <RatingBadge item={item} />
                    <span className="source-row-meta">{pastCheckMeta(item)}</span>
                  </button>
                </li>
              ))}
            </ul>
            <nav className="past-check-pages" aria-label="Pages">
              <span>
                {offset + 1}–{offset + page.items.length} of {page.total.toLocaleString('en')}
              </span>
              <button
                type="button"
                className="link-button"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                Previous
              </button>
              <button
                type="button"
                className="link-button"
                disabled={offset + PAGE >= page.total}
                onClick={() => setOffset(offset + PAGE)}
              >
                Next
              </button>
            </nav>
          </>
        )}
      </div>
      <section className="pane source-detail-pane" aria-label="Past fact-check details">
        {selectedId && selected ? (
          <PastCheckDetail item={selected} onOpenClaim={onOpenClaim} onDeleted={() => setSelectedId(null)} />
        ) : (
          <RatingMappingEditor />
        )}
      </section>
    </section>
  );
}
