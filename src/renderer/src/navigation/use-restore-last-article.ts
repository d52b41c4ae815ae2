import { useEffect, useRef } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { LAST_ARTICLE_KEY, useNavigate } from './NavigationProvider';

/** Once the list is drawn, the article that was open last is opened again, if it is still there. */
export function useRestoreLastArticle(articles: ArticleSummary[] | undefined): void {
  const navigate = useNavigate();
  const done = useRef(false);
  useEffect(() => {
    if (!articles || done.current) return;
    done.current = true;
    const last = localStorage.getItem(LAST_ARTICLE_KEY);
    if (last && articles.some((a) => a.id === last)) navigate({ type: 'open-article', articleId: last });
  }, [articles, navigate]);
}
