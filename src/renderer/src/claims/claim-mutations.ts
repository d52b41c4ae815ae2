import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiInput } from '../../../shared/api';
import type { Article, ArticleSummary, Claim, ClaimStatus } from '../../../shared/model';
import { call } from '../api/client';
import { keyFor } from '../api/queries';
import { articleKey, putClaims, refetchArticle, updateArticle } from '../articles/article-cache';
import { withStatusMoved } from '../articles/summary-counts';
import { useNavigate } from '../navigation/NavigationProvider';
import { useNotify } from '../ui/notices-context';

/** Every claim change names its article: the answer goes into that article's cache entry. */
type InArticle<T> = T & { articleId: string };

/**
 * A change whose answer is the claim. Failures are shown as a notice unless the caller handles them
 * (`quiet`), e.g. a refusal explained beside the field it concerns.
 */
function useClaimChange<V>(change: (input: V) => Promise<Claim>, quiet = false) {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: ({ articleId: _article, ...input }: InArticle<V>) => change(input as V),
    onSuccess: (claim, { articleId }) => putClaims(client, articleId, [claim]),
    onError: quiet ? undefined : notify.error,
  });
}

export const useUpdateClaim = () =>
  useClaimChange((input: ApiInput<'claims.update'>) => call('claims.update', input), true);
export const useUndoClaim = () => useClaimChange((input: { claimId: string }) => call('claims.undo', input), true);
export const useReattachClaim = () =>
  useClaimChange((input: ApiInput<'claims.reattach'>) => call('claims.reattach', input));
export const useAddEvidence = () =>
  useClaimChange((input: ApiInput<'claims.addEvidence'>) => call('claims.addEvidence', input));
export const useRemoveEvidence = () =>
  useClaimChange((input: ApiInput<'claims.removeEvidence'>) => call('claims.removeEvidence', input));

/** Tags the words as a claim and opens it in the inspector (if the editor is still on its article). */
export function useTagClaim() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  return useMutation({
    mutationFn: (input: ApiInput<'claims.create'>) => call('claims.create', input),
    onSuccess: (claim, { articleId }) => {
      putClaims(client, articleId, [claim]);
      navigate({ type: 'select-claim-in', articleId, claimId: claim.id });
    },
    onError: notify.error,
  });
}

/** Moves the claim to its article's trash (with the editor's reason); the trash is read again. */
export function useDeleteClaim() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  return useMutation({
    mutationFn: ({ claimId, reason }: InArticle<ApiInput<'claims.delete'>>) =>
      call('claims.delete', reason?.trim() ? { claimId, reason: reason.trim() } : { claimId }),
    onSuccess: async ({ claimId }, { articleId }) => {
      updateArticle(client, articleId, (a) => ({ ...a, claims: a.claims.filter((c) => c.id !== claimId) }));
      navigate({ type: 'select-claim-in', articleId, claimId: null });
      notify.info('The claim is in the article’s trash, with its history: Article ▾ → Article trash restores it.');
      await refetchArticle(client, articleId);
    },
    onError: notify.error,
  });
}

/** Brings a claim back from its article's trash and opens it, with its history. */
export function useRestoreClaim() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  return useMutation({
    mutationFn: ({ claimId }: InArticle<ApiInput<'claims.restore'>>) => call('claims.restore', { claimId }),
    onSuccess: (claim, { articleId }) => {
      putClaims(client, articleId, [claim]);
      updateArticle(client, articleId, (a) => ({
        ...a,
        trashedClaims: a.trashedClaims?.filter((c) => c.id !== claim.id),
      }));
      navigate({ type: 'select-claim-in', articleId, claimId: claim.id });
    },
    onError: notify.error,
  });
}

const LIST_KEY = keyFor('articles.list', {});

function moveStatus(client: QueryClient, articleId: string, claimId: string, from: ClaimStatus, to: ClaimStatus): void {
  updateArticle(client, articleId, (a) => ({
    ...a,
    claims: a.claims.map((c) => (c.id === claimId ? { ...c, status: to } : c)),
  }));
  client.setQueryData<ArticleSummary[]>(LIST_KEY, (list) =>
    list?.map((entry) => (entry.id === articleId ? withStatusMoved(entry, from, to) : entry)),
  );
}

/**
 * A status change is drawn at once (the claim and its article's counts), then replaced by the core's
 * answer, or undone if the core refuses it. Failures are left to the caller, which explains a
 * STATUS_RULE refusal beside the status buttons.
 */
export function useSetStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ claimId, status, note }: InArticle<{ claimId: string; status: ClaimStatus; note?: string }>) =>
      call('claims.setStatus', { claimId, status, ...(note ? { note } : {}) }),
    onMutate: async ({ articleId, claimId, status }) => {
      // An answer read before this change must not overwrite it.
      await client.cancelQueries({ queryKey: articleKey(articleId) });
      const before = client.getQueryData<Article>(articleKey(articleId))?.claims.find((c) => c.id === claimId);
      if (before) moveStatus(client, articleId, claimId, before.status, status);
      return { before: before?.status };
    },
    onError: (_error, { articleId, claimId, status }, context) => {
      if (context?.before) moveStatus(client, articleId, claimId, status, context.before);
    },
    onSuccess: (claim, { articleId }) => putClaims(client, articleId, [claim]),
  });
}
