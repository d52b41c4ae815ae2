import { useQuery } from '@tanstack/react-query';
import { queryOptionsFor } from '../api/queries';

export const useArticleList = () => useQuery(queryOptionsFor('articles.list', {}));

/** The open article: keyed by its id, so a late answer for another article never shows here. */
export const useArticle = (id: string | null) =>
  useQuery({ ...queryOptionsFor('articles.get', { id: id ?? '' }), enabled: id !== null });
