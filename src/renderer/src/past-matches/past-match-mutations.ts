import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiInput } from '../../../shared/api';
import type { Claim } from '../../../shared/model';
import { call } from '../api/client';
import { putClaims } from '../articles/article-cache';
import { useNotify } from '../ui/notices-context';

type Answer = ApiInput<'claims.confirmMatch'> & { articleId: string };

/** Confirming or rejecting a match answers the claim: it goes into its article's cache, the matches are read again. */
function useMatchAnswer(method: 'claims.confirmMatch' | 'claims.rejectMatch') {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: ({ articleId: _article, ...input }: Answer): Promise<Claim> => call(method, input),
    onSuccess: (claim, { articleId }) => {
      putClaims(client, articleId, [claim]);
      void client.invalidateQueries({ queryKey: ['claims.pastMatches', claim.id] });
      void client.invalidateQueries({ queryKey: ['articles.pastMatchCounts', articleId] });
      void client.invalidateQueries({ queryKey: ['sources.list'] });
    },
    onError: notify.error,
  });
}

export const useConfirmMatch = () => useMatchAnswer('claims.confirmMatch');
export const useRejectMatch = () => useMatchAnswer('claims.rejectMatch');
