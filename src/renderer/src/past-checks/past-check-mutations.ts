import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiInput } from '../../../shared/api';
import { call } from '../api/client';
import { fileToBase64 } from '../platform/file-to-base64';
import { useNotify } from '../ui/notices-context';
import { PAST_CHECK_KEYS } from './past-check-queries';

/** Every archive read: an import, a deletion or a new mapping may change any page of it. */
function invalidateArchive(client: QueryClient): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['pastChecks.list'] }),
    client.invalidateQueries({ queryKey: ['pastChecks.get'] }),
    client.invalidateQueries({ queryKey: PAST_CHECK_KEYS.mapping() }),
  ]);
}

/** Imports a chosen file; the refusal's sentence is the caller's to show beside the button. */
export function useImportFactChecks() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      call('pastChecks.import', { fileName: file.name, dataBase64: await fileToBase64(file) }),
    onSuccess: () => invalidateArchive(client),
  });
}

export function useDeletePastChecks() {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (ids: string[]) => call('pastChecks.delete', { ids }),
    onSuccess: () => invalidateArchive(client),
    onError: notify.error,
  });
}

export function useUpdateMapping() {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (change: ApiInput<'pastChecks.updateMapping'>) => call('pastChecks.updateMapping', change),
    onSuccess: (mapping) => {
      client.setQueryData(PAST_CHECK_KEYS.mapping(), mapping);
      return Promise.all([
        client.invalidateQueries({ queryKey: ['pastChecks.list'] }),
        client.invalidateQueries({ queryKey: ['pastChecks.get'] }),
      ]);
    },
    onError: notify.error,
  });
}
