import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiInput } from '../../../shared/api';
import { call } from '../api/client';
import { keyFor } from '../api/queries';
import { useNotify } from '../ui/notices-context';

export function useUpdateSettings() {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (changes: ApiInput<'settings.update'>) => call('settings.update', changes),
    onSuccess: (settings) => client.setQueryData(keyFor('settings.get', {}), settings),
    onError: notify.error,
  });
}

/** Forgets what the suggestions learnt from this desk: the settings record when, and every suggestion list is read again. */
export function useResetSuggestionLearning() {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: () => call('suggestions.resetLearning', {}),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keyFor('settings.get', {}) });
      await client.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'suggestions.list' });
      notify.info('The suggestions use the shipped model again; what they learnt from this desk was set aside.');
    },
    onError: notify.error,
  });
}
