import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, type ReactNode } from 'react';
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
const ArticleButton = memo(function ArticleButton({ summary: a, open, onOpen }: ItemProps) {
  return (
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
  );
});

/** Up to this many articles, every entry is in the page (Tab reaches each); beyond, only those in view. */
const DRAWN_WHOLE = 150;

type ItemsProps = Pick<Props, 'articles' | 'openId' | 'onOpen'>;

/** A long library draws only the entries in view: a thousand of them took a second at start-up. */
function VirtualArticleItems({ articles, openId, onOpen }: ItemsProps) {
  const list = useRef<HTMLUListElement>(null);
  // The app does not use the React Compiler, whose memoisation this rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => list.current?.closest<HTMLElement>('.pane') ?? null,
    estimateSize: () => 72,
    overscan: 8,
    scrollMargin: list.current?.offsetTop ?? 0,
  });
  return (
    <ul ref={list} className="article-list virtual" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const a = articles[item.index]!;
        return (
          <li
            key={a.id}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="article-list-item"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <ArticleButton summary={a} open={a.id === openId} onOpen={onOpen} />
          </li>
        );
      })}
    </ul>
  );
}

function ArticleItems({ articles, openId, onOpen }: ItemsProps) {
  if (articles.length > DRAWN_WHOLE) return <VirtualArticleItems articles={articles} openId={openId} onOpen={onOpen} />;
  return (
    <ul className="article-list">
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleButton summary={a} open={a.id === openId} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}

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
        <ArticleItems articles={articles} openId={openId} onOpen={onOpen} />
      )}
    </nav>
  );
}
