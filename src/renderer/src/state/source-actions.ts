import type { ApiInput } from '../../../shared/api';
import { ApiCallError, call } from '../api/client';
import { fileToBase64 } from '../platform/file-to-base64';
import { saveFile } from '../platform/save-file';

interface Needs {
  /** Runs an action, turning a failure into a notice (see useWorkbench). */
  attempt: <T>(work: () => Promise<T>) => Promise<T | undefined>;
  notify: (kind: 'error' | 'info', text: string) => void;
  /** After a change to a source: claims anywhere may have been set to needs-recheck. */
  reload: () => Promise<void>;
}

async function download(sourceId: string, sha256: string): Promise<void> {
  const file = await call('sources.attachment', { sourceId, sha256 });
  saveFile({ fileName: file.fileName, mimeType: file.mediaType, content: file.dataBase64, encoding: 'base64' });
}

/** What the sources library screen does: details, edits, deletion, merges and attached files. */
export function sourceActions({ attempt, notify, reload }: Needs) {
  return {
    sourceDetail: (id: string) => attempt(() => call('sources.get', { id })),
    sourceUsage: () => attempt(() => call('sources.usage', {})),
    updateSource: (input: ApiInput<'sources.update'>) =>
      attempt(async () => {
        const source = await call('sources.update', input);
        await reload();
        return source;
      }),
    /** Resolves to the SOURCE_IN_USE message when the source is cited and `force` was not given. */
    deleteSource: (id: string, force: boolean) =>
      attempt(async () => {
        try {
          const { claimsFlagged } = await call('sources.delete', { id, ...(force ? { force } : {}) });
          await reload();
          notify(
            'info',
            `Source deleted (kept in the data folder’s trash).${claimsFlagged ? ` ${claimsFlagged} claim${claimsFlagged === 1 ? '' : 's'} set to needs re-check.` : ''}`,
          );
          return { deleted: true as const };
        } catch (error) {
          if (!force && error instanceof ApiCallError && error.code === 'SOURCE_IN_USE') {
            return { deleted: false as const, message: error.message };
          }
          throw error;
        }
      }),
    mergeSources: (keepId: string, mergeIds: string[]) =>
      attempt(async () => {
        const { source, evidenceMoved } = await call('sources.merge', { keepId, mergeIds });
        await reload();
        notify(
          'info',
          `Merged ${mergeIds.length + 1} sources into “${source.title}”; ${evidenceMoved} piece${evidenceMoved === 1 ? '' : 's'} of evidence now cite it.`,
        );
        return source;
      }),
    attachFile: (sourceId: string, file: File) =>
      attempt(async () => {
        const source = await call('sources.attach', {
          sourceId,
          fileName: file.name,
          dataBase64: await fileToBase64(file),
        });
        await reload();
        return source;
      }),
    detachFile: (sourceId: string, sha256: string) =>
      attempt(async () => {
        await call('sources.detach', { sourceId, sha256 });
        await reload();
      }),
    downloadAttachment: (sourceId: string, sha256: string) => attempt(() => download(sourceId, sha256)),
    /** The system viewer where the app can use it (desktop); a download otherwise. */
    openAttachment: (sourceId: string, sha256: string) =>
      attempt(async () => {
        const { opened } = await call('sources.openAttachment', { sourceId, sha256 });
        if (!opened) await download(sourceId, sha256);
      }),
  };
}
