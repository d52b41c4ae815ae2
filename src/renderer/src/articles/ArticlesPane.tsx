import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SearchResult } from '../../../shared/api';
import type { ArticleSummary } from '../../../shared/model';
import { queryOptionsFor } from '../api/queries';
import { LibrarySearch } from '../library/LibrarySearch';
import { useNavigate, useNavigation } from '../navigation/NavigationProvider';
import { useSources } from '../sources/source-queries';
import { ArticleList } from './ArticleList';

/** The left pane: library search, the way to the overview and the sources, and every article. */
export function ArticlesPane({ articles }: { articles: ArticleSummary[] }) {
  const { screen, articleId } = useNavigation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const sources = useSources();
  const search = useCallback(
    (query: string) => client.fetchQuery(queryOptionsFor('search.query', { query })),
    [client],
  );
  const open = useCallback((id: string) => navigate({ type: 'open-article', articleId: id }), [navigate]);

  function pick(result: SearchResult): void {
    if (result.type === 'source') navigate({ type: 'show-sources', sourceId: result.id });
    else if (result.type === 'article') open(result.id);
    else if (result.articleId) navigate({ type: 'open-article', articleId: result.articleId, claimId: result.id });
  }

  return (
    <ArticleList
      articles={articles}
      openId={screen.kind === 'work' ? articleId : null}
      onOpen={open}
      onNew={() => navigate({ type: 'dialog', dialog: 'article' })}
      tools={
        <>
          <LibrarySearch search={search} onPick={pick} />
          <div className="library-nav">
            <button
              type="button"
              className={`nav-button${screen.kind === 'work' && !articleId ? ' active' : ''}`}
              onClick={() => navigate({ type: 'close-article' })}
            >
              Overview
            </button>
            <button
              type="button"
              className={`nav-button${screen.kind === 'sources' ? ' active' : ''}`}
              onClick={() => navigate({ type: 'show-sources', sourceId: null })}
            >
              Sources library ({sources.length})
            </button>
          </div>
        </>
      }
    />
  );
}
