import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiInput, SourceFields } from '../../../shared/api';
import type { Source } from '../../../shared/model';
import { ApiCallError, call } from '../api/client';
import { keyFor } from '../api/queries';
import { fileToBase64 } from '../platform/file-to-base64';
import { saveFile } from '../platform/save-file';
import { useNotify } from '../ui/notices-context';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A change to a source may set claims to needs-recheck in any article, and its change events carry
 * this page's id (so they do not read articles again): the open articles are read again here.
 */
function afterSourceChange(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: ['articles.get'] });
}

function putSource(client: QueryClient, source: Source): void {
  client.setQueryData<Source[]>(keyFor('sources.list', {}), (list) =>
    list ? [...list.filter((s) => s.id !== source.id), source] : list,
  );
}

export function useCreateSource() {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (fields: SourceFields) => call('sources.create', fields),
    onSuccess: (source) => putSource(client, source),
    onError: notify.error,
  });
}

function useSourceChange<V>(change: (input: V) => Promise<Source>) {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: change,
    onSuccess: (source) => {
      putSource(client, source);
      return afterSourceChange(client);
    },
    onError: notify.error,
  });
}

export const useUpdateSource = () =>
  useSourceChange((input: ApiInput<'sources.update'>) => call('sources.update', input));

export const useAttachFile = () =>
  useSourceChange(async ({ sourceId, file }: { sourceId: string; file: File }) =>
    call('sources.attach', { sourceId, fileName: file.name, dataBase64: await fileToBase64(file) }),
  );

export const useDetachFile = () =>
  useSourceChange((input: ApiInput<'sources.detach'>) => call('sources.detach', input));

/** A cited source is deleted only with `force`: without it, the refusal's sentence is the caller's to show. */
export function useDeleteSource() {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: ({ id, force }: { id: string; force: boolean }) =>
      call('sources.delete', { id, ...(force ? { force } : {}) }),
    onSuccess: ({ claimsFlagged }) => {
      notify.info(
        `Source deleted (kept in the data folder’s trash).${claimsFlagged ? ` ${plural(claimsFlagged, 'claim')} set to needs re-check.` : ''}`,
      );
      return afterSourceChange(client);
    },
    onError: (error, { force }) => {
      if (!(isInUse(error) && !force)) notify.error(error);
    },
  });
}

export const isInUse = (error: unknown): error is ApiCallError =>
  error instanceof ApiCallError && error.code === 'SOURCE_IN_USE';

export function useMergeSources() {
  const client = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: (input: ApiInput<'sources.merge'>) => call('sources.merge', input),
    onSuccess: ({ source, evidenceMoved }, { mergeIds }) => {
      notify.info(
        `Merged ${mergeIds.length + 1} sources into “${source.title}”; ${plural(evidenceMoved, 'piece')} of evidence now cite it.`,
      );
      return afterSourceChange(client);
    },
    onError: notify.error,
  });
}

async function download(sourceId: string, sha256: string): Promise<void> {
  const file = await call('sources.attachment', { sourceId, sha256 });
  saveFile({ fileName: file.fileName, mimeType: file.mediaType, content: file.dataBase64, encoding: 'base64' });
}

/** Opening (the system viewer where the app can use it, a download otherwise) and downloading files. */
export function useAttachmentFiles() {
  const notify = useNotify();
  return {
    download: (sourceId: string, sha256: string) => download(sourceId, sha256).catch(notify.error),
    open: (sourceId: string, sha256: string) =>
      call('sources.openAttachment', { sourceId, sha256 })
        .then(({ opened }) => (opened ? undefined : download(sourceId, sha256)))
        .catch(notify.error),
  };
}
