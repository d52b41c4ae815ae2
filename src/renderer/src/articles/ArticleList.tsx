import { memo, type ReactNode } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { StatusStack } from '../ui/StatusStack';

interface Props {
  articles: ArticleSummary[];
  openId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
  /** Library search and navigation, above the list. */
  tools: ReactNode;
}

interface ItemProps {
  summary: ArticleSummary;
  open: boolean;
  onOpen: (id: string) => void;
}

/**
 * One entry; re-renders only when its own entry changed: a change event replaces that entry alone,
 * the others keep their identity.
 */
const ArticleItem = memo(function ArticleItem({ summary: a, open, onOpen }: ItemProps) {
  return (
    <li>
      <button
        type="button"
        className={`article-item${open ? ' open' : ''}`}
        onClick={() => onOpen(a.id)}
        aria-current={open ? 'page' : undefined}
      >
        <span className="article-title">{a.title}</span>
        <span className="article-meta">
          {a.claimCount === 0 ? 'No claims yet' : `${a.settledCount} of ${a.claimCount} checked`}
        </span>
        <StatusStack counts={a.statusCounts ?? { verified: a.verifiedCount }} total={a.claimCount} />
      </button>
    </li>
  );
});

export function ArticleList({ articles, openId, onOpen, onNew, tools }: Props) {
  return (
    <nav className="pane articles-pane" aria-label="Articles">
      <header className="pane-header">
        <h2>Articles</h2>
        <button type="button" className="button small" onClick={onNew} title="New article (Ctrl+N)">
          + New
        </button>
      </header>
      {tools}
      {articles.length === 0 ? (
        <p className="empty-hint">No articles yet.</p>
      ) : (
        <ul className="article-list">
          {articles.map((a) => (
            <ArticleItem key={a.id} summary={a} open={a.id === openId} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </nav>
  );
}
