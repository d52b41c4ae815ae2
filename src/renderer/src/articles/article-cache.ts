import type { QueryClient } from '@tanstack/react-query';
import { byTextPlace } from '../../../shared/claim-order';
import type { Article, Claim } from '../../../shared/model';
import { keyFor } from '../api/queries';

export const articleKey = (id: string): readonly unknown[] => keyFor('articles.get', { id });

/** The core's answer becomes the cached article (its change event will not read it again). */
export function putArticle(client: QueryClient, article: Article): void {
  client.setQueryData(articleKey(article.id), article);
}

export function updateArticle(client: QueryClient, id: string, change: (article: Article) => Article): void {
  client.setQueryData<Article>(articleKey(id), (article) => (article ? change(article) : article));
}

/** Puts claims the core answered with into their article, replacing older copies, in text order. */
export function putClaims(client: QueryClient, articleId: string, claims: readonly Claim[]): void {
  const ids = new Set(claims.map((c) => c.id));
  updateArticle(client, articleId, (article) => ({
    ...article,
    claims: [...article.claims.filter((c) => !ids.has(c.id)), ...claims].sort(byTextPlace),
  }));
}

/** Reads the article again, for changes whose answer is not the article (or when a change failed). */
export const refetchArticle = (client: QueryClient, id: string): Promise<void> =>
  client.invalidateQueries({ queryKey: articleKey(id) });
