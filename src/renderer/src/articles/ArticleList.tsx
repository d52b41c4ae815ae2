import type { ArticleSummary } from '../../../shared/model';
import { ProgressBar } from '../ui/ProgressBar';

interface Props {
  articles: ArticleSummary[];
  openId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
}

export function ArticleList({ articles, openId, onOpen, onNew }: Props) {
  return (
    <nav className="pane articles-pane" aria-label="Articles">
      <header className="pane-header">
        <h2>Articles</h2>
        <button type="button" className="button small" onClick={onNew} title="New article (Ctrl+N)">
          + New
        </button>
      </header>
      {articles.length === 0 ? (
        <p className="empty-hint">No articles yet.</p>
      ) : (
        <ul className="article-list">
          {articles.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className={`article-item${a.id === openId ? ' open' : ''}`}
                onClick={() => onOpen(a.id)}
                aria-current={a.id === openId ? 'page' : undefined}
              >
                <span className="article-title">{a.title}</span>
                <span className="article-meta">
                  {a.claimCount === 0
                    ? 'No claims yet'
                    : `${a.claimCount} claim${a.claimCount === 1 ? '' : 's'} · ${a.verifiedCount} verified`}
                </span>
                <ProgressBar total={a.claimCount} verified={a.verifiedCount} settled={a.settledCount} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
