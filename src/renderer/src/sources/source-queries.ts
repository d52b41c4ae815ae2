import { useQuery } from '@tanstack/react-query';
import { queryOptionsFor } from '../api/queries';

const NO_SOURCES: never[] = [];

/** The sources library; empty until read (it is read after the article list, at start-up). */
export function useSources(enabled = true) {
  const { data } = useQuery({ ...queryOptionsFor('sources.list', {}), enabled });
  return data ?? NO_SOURCES;
}

export const useSourceUsage = () => useQuery(queryOptionsFor('sources.usage', {})).data;

/** A source with every claim citing it. */
export const useSourceCitations = (id: string) => useQuery(queryOptionsFor('sources.get', { id })).data?.citations;
