import { useState } from 'react';
import { FINAL_STATUSES, type ArticleSummary } from '../../../shared/model';
import { StatusStack } from '../ui/StatusStack';

interface Props {
  articles: ArticleSummary[];
  onOpen: (id: string) => void;
  onNew: () => void;
}

/** Rows drawn before "Show all": a library of a thousand articles must not slow the first screen. */
const FIRST_ROWS = 50;

const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Every article with its progress and last change, most recently changed first. */
export function LibraryOverview({ articles, onOpen, onNew }: Props) {
  const [showAll, setShowAll] = useState(false);
  const sorted = [...articles].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const shown = showAll ? sorted : sorted.slice(0, FIRST_ROWS);
  const total = { claims: 0, checked: 0, recheck: 0 };
  for (const a of articles) {
    total.claims += a.claimCount;
    total.checked += a.settledCount;
    total.recheck += a.statusCounts?.['needs-recheck'] ?? 0;
  }
  return (
    <section className="pane wide-pane overview" aria-label="Library overview">
      <header className="overview-head">
        <div>
          <h1>Library</h1>
          <p className="muted">
            {articles.length} article{articles.length === 1 ? '' : 's'} · {total.checked} of {total.claims} claims
            checked
            {total.recheck > 0 ? ` · ${total.recheck} need re-check` : ''}
          </p>
        </div>
        <button type="button" className="button primary" onClick={onNew}>
          + New article
        </button>
      </header>
      <table className="overview-table">
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Progress</th>
            <th scope="col">Versions</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => {
            const checked = a.statusCounts
              ? FINAL_STATUSES.reduce((n, s) => n + (a.statusCounts?.[s] ?? 0), 0)
              : a.settledCount;
            return (
              <tr key={a.id}>
                <td>
                  <button type="button" className="link-button overview-title" onClick={() => onOpen(a.id)}>
                    {a.title}
                  </button>
                  {a.desk ? <span className="muted"> · {a.desk}</span> : null}
                </td>
                <td>
                  <div className="overview-progress">
                    <StatusStack counts={a.statusCounts ?? { verified: a.verifiedCount }} total={a.claimCount} />
                    <span className="muted">
                      {a.claimCount === 0 ? 'No claims yet' : `${checked} of ${a.claimCount} checked`}
                    </span>
                  </div>
                </td>
                <td>{a.versionCount}</td>
                <td>
                  <time dateTime={a.updatedAt}>{when(a.updatedAt)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length < sorted.length ? (
        <p>
          <button type="button" className="button" onClick={() => setShowAll(true)}>
            Show all {sorted.length.toLocaleString()} articles
          </button>{' '}
          <span className="muted">(the {FIRST_ROWS} changed most recently are shown)</span>
        </p>
      ) : null}
    </section>
  );
}
