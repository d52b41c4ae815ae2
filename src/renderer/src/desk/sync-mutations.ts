import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiInput } from '../../../shared/api';
import type { SyncConflict, SyncStatus } from '../../../shared/sync';
import { call } from '../api/client';
import { keyFor } from '../api/queries';
import { useNotify } from '../ui/notices-context';

/** Connects to a hub, or disconnects with an empty address; the refusal is shown by the form, beside its field. */
export function useConfigureSync() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiInput<'sync.configure'>) => call('sync.configure', input),
    onSuccess: (status) => client.setQueryData<SyncStatus>(keyFor('sync.status', {}), status),
  });
}

/** One exchange with the hub now. */
export function useSyncNow() {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: () => call('sync.now', {}),
    onSuccess: (status) => client.setQueryData<SyncStatus>(keyFor('sync.status', {}), status),
    onError: notify.error,
  });
}

/**
 * Settles a conflict. The answer names only the conflict, and this page's own change events do not
 * read the article again, so the article, its history and the conflict lists are read here.
 */
export function useResolveConflict() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ conflict, value }: { conflict: SyncConflict; value: string }) =>
      call('sync.resolve', { id: conflict.id, value }),
    onSettled: async (_result, _error, { conflict }) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keyFor('articles.get', { id: conflict.articleId }) }),
        client.invalidateQueries({ queryKey: ['sync.conflicts'] }),
        client.invalidateQueries({ queryKey: keyFor('sync.status', {}) }),
      ]);
    },
  });
}
