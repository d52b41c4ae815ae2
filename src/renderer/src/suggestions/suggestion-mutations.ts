import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClaimKind } from '../../../shared/model';
import { call } from '../api/client';
import { putClaims, refetchArticle, updateArticle } from '../articles/article-cache';
import { useNavigate } from '../navigation/NavigationProvider';
import { useNotify } from '../ui/notices-context';

interface Accept {
  articleId: string;
  version: number;
  spans: { start: number; end: number; kind: ClaimKind }[];
}

/**
 * Tags suggested sentences. The new claims go into their article's cache entry; one accepted claim
 * opens in the inspector only if the editor is still on that article: accepting never changes which
 * article is open.
 */
export function useAcceptSuggestions() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  return useMutation({
    mutationFn: (input: Accept) => call('suggestions.accept', input),
    onSuccess: (claims, { articleId }) => {
      putClaims(client, articleId, claims);
      if (claims.length === 1) navigate({ type: 'select-claim-in', articleId, claimId: claims[0]!.id });
      else notify.info(`${claims.length} suggested claims tagged.`);
    },
    onError: (error, { articleId }) => {
      notify.error(error);
      // Whatever happened, show what is stored now.
      void refetchArticle(client, articleId);
    },
  });
}

export function useDismissSuggestion() {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (input: { articleId: string; version: number; start: number; end: number }) =>
      call('suggestions.dismiss', input),
    onSuccess: ({ text }, { articleId }) =>
      updateArticle(client, articleId, (a) => ({
        ...a,
        dismissedSuggestions: [...(a.dismissedSuggestions ?? []).filter((t) => t !== text), text],
      })),
    onError: notify.error,
  });
}
