import { useState, type ReactNode } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { ConflictBadge } from '../desk/ConflictBadge';
import { articlesFor, type PersonFilter } from '../desk/people';
import { PersonSelect } from '../desk/PersonSelect';
import { StatusStack } from '../ui/StatusStack';

interface Props {
  articles: ArticleSummary[];
  onOpen: (id: string) => void;
  onNew: () => void;
  /** The desk's people and the editor, for "whose work". */
  people: readonly string[];
  me: string;
  /** Unresolved conflicts per article id (desk sync). */
  conflictCounts: ReadonlyMap<string, number>;
  /** The desk's conflicts list, above the articles. */
  conflicts?: ReactNode;
}

/** Rows drawn before "Show all": a library of a thousand articles must not slow the first screen. */
const FIRST_ROWS = 50;

const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Every article with its progress and last change, most recently changed first. */
export function LibraryOverview({ articles, onOpen, onNew, people, me, conflictCounts, conflicts }: Props) {
  const [showAll, setShowAll] = useState(false);
  const [person, setPerson] = useState<PersonFilter>('any');
  const sorted = articlesFor(articles, person, me).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
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
      {conflicts}
      <div className="overview-tools">
        <PersonSelect value={person} onChange={setPerson} people={people} me={me} />
        {person !== 'any' ? (
          <span className="muted">
            {sorted.length} of {articles.length} articles{' '}
            <button type="button" className="link-button" onClick={() => setPerson('any')}>
              Show everyone’s
            </button>
          </span>
        ) : null}
      </div>
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
            // The core's count: a settled status in dispute between two machines is not checked.
            const checked = a.settledCount;
            return (
              <tr key={a.id}>
                <td>
                  <button type="button" className="link-button overview-title" onClick={() => onOpen(a.id)}>
                    {a.title}
                  </button>
                  {a.desk ? <span className="muted"> · {a.desk}</span> : null}
                  {conflictCounts.get(a.id) ? (
                    <span className="overview-conflicts">
                      <ConflictBadge /> {conflictCounts.get(a.id)}
                    </span>
                  ) : null}
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
                  {a.updatedBy ? <span className="overview-by">by {a.updatedBy}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {sorted.length === 0 ? (
        <p className="empty-hint">
          {person === 'nobody'
            ? 'Every article has its claims assigned.'
            : 'No article has claims assigned to this person. Assign claims under Assignee in the claim inspector.'}
        </p>
      ) : null}
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
