import { useMemo, useState } from 'react';
import type { Article, Source } from '../../../shared/model';
import { usePastMatchCounts } from '../past-matches/past-match-queries';
import { NO_FILTER, filterClaims, type ClaimFilter } from './claim-filter';

/**
 * The claims list's filter, kept per article while the app runs; the claims it lets through are also
 * what J and K step through.
 */
export function useClaimFilter(
  article: Article | null,
  me: string,
  sources: readonly Source[],
  conflicted: ReadonlySet<string>,
) {
  const [filters, setFilters] = useState<Record<string, ClaimFilter>>({});
  const filter = (article && filters[article.id]) || NO_FILTER;
  const sourceTitles = useMemo(() => new Map(sources.map((s) => [s.id, s.title])), [sources]);
  const claims = article?.claims;
  const counts = usePastMatchCounts(article?.id ?? null).data;
  const visible = useMemo(
    () => (claims ? filterClaims(claims, filter, me, sourceTitles, conflicted, counts) : []),
    [claims, filter, me, sourceTitles, conflicted, counts],
  );
  const setFilter = (next: ClaimFilter): void => {
    if (article) setFilters((all) => ({ ...all, [article.id]: next }));
  };
  return { filter, setFilter, visible };
}

export type ClaimFilterState = ReturnType<typeof useClaimFilter>;
