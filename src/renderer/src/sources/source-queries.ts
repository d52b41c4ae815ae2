import { useQuery } from '@tanstack/react-query';
import type { SourceTextState } from '../../../shared/source-text';
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

const NO_STATES = {};

/** Each attached file's text state by its SHA-256 (empty until read). */
export function useTextStatus(): Record<string, SourceTextState> {
  return useQuery(queryOptionsFor('sources.textStatus', {})).data ?? NO_STATES;
}

/** "Find in sources": the places the words occur in the attached files' texts (off for an empty query). */
export function useFindText(query: string) {
  return useQuery({ ...queryOptionsFor('sources.findText', { query }), enabled: query.length > 0 });
}
