import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiInput } from '../../../shared/api';
import { call } from '../api/client';

/** Query keys mirror the archive's read methods: `['pastChecks.list', query]`, `['pastChecks.mapping']`. */
export const PAST_CHECK_KEYS = {
  list: (query: ApiInput<'pastChecks.list'>) => ['pastChecks.list', query] as const,
  mapping: () => ['pastChecks.mapping'] as const,
};

/** One page of the archive; the previous page stays on screen while the next is read. */
export function usePastChecks(query: ApiInput<'pastChecks.list'>) {
  return useQuery({
    ...queryOptions({ queryKey: PAST_CHECK_KEYS.list(query), queryFn: () => call('pastChecks.list', query) }),
    placeholderData: keepPreviousData,
  });
}

export function useRatingMapping() {
  return useQuery(queryOptions({ queryKey: PAST_CHECK_KEYS.mapping(), queryFn: () => call('pastChecks.mapping', {}) }));
}

export function usePastCheck(id: string | null) {
  return useQuery({
    ...queryOptions({ queryKey: ['pastChecks.get', id], queryFn: () => call('pastChecks.get', { id: id ?? '' }) }),
    enabled: id !== null,
    retry: false,
  });
}
