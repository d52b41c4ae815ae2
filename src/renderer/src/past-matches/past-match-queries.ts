import { useQuery } from '@tanstack/react-query';
import { queryOptionsFor } from '../api/queries';

/** A claim's id begins with its article's (claim ids are `<article id>-c<token>`). */
export function articleOfClaim(claimId: string): string {
  return /^(a[0-9a-z]+)-c[0-9a-z]+$/.exec(claimId)?.[1] ?? '';
}

/** The past fact-checks like one claim, best first (rejected ones left out). */
export const usePastMatches = (claimId: string) => useQuery(queryOptionsFor('claims.pastMatches', { claimId }));

/** Claim id → number of matches; read beside the article, never before it is shown. */
export const usePastMatchCounts = (articleId: string | null) =>
  useQuery({
    ...queryOptionsFor('articles.pastMatchCounts', { articleId: articleId ?? '' }),
    enabled: articleId !== null,
    staleTime: 30_000,
  });

/** The past fact-checks like a sentence not yet tagged (a suggestion); only read when asked. */
export const useSentenceMatches = (text: string, enabled: boolean) =>
  useQuery({ ...queryOptionsFor('pastChecks.matchText', { text, top: 3 }), enabled: enabled && text.trim() !== '' });
