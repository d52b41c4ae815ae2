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
