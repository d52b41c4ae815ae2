import type { ErrorCode } from '../../../shared/errors';
import { AppError } from '../app-error';
import { jobWorker, type WorkerFailure } from '../job-worker';
import type { ImportedDraft, ParseOptions } from './import-options';

/** Where the import worker's script is: the built one in the app, a source loader in tests. */
export interface ImportWorker {
  url: URL;
}

export type DraftImporter = (fileName: string, bytes: Uint8Array, options?: ParseOptions) => Promise<ImportedDraft>;

export interface Importer {
  importDraft: DraftImporter;
  close: () => Promise<void>;
}

export const IMPORT_LIMITS = { timeoutMs: 20_000, heapMb: 768 } as const;

type Reply = { ok: true; value: ImportedDraft } | { ok: false; error: { code: ErrorCode; message: string } };

/**
 * Parses imported files in a worker thread with a memory cap and a time limit, one file at a time:
 * the app stays responsive, and a file that explodes in memory or never ends is stopped, reported,
 * and its worker replaced.
 */
export function workerImporter(worker: ImportWorker, limits = IMPORT_LIMITS): Importer {
  const jobs = jobWorker(worker.url, limits);
  const failed =
    (fileName: string) =>
    (failure: WorkerFailure): AppError => {
      if (failure.kind === 'timeout') {
        return new AppError(
          'TOO_LARGE',
          `${fileName} took more than ${limits.timeoutMs / 1000} s to read; it is too large or malformed.`,
        );
      }
      if (failure.kind === 'exit') {
        return new AppError('INTERNAL', `The import of ${fileName} stopped unexpectedly (exit code ${failure.code}).`);
      }
      return failure.error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new AppError(
            'TOO_LARGE',
            `${fileName} needs more memory to read than a draft may use; it is too large or malformed.`,
          )
        : new AppError('CORRUPT_FILE', `${fileName} could not be read: ${failure.error.message}.`);
    };
  return {
    importDraft: async (fileName, bytes, options = {}) => {
      const reply = await jobs.run<Reply>({ fileName, bytes, options }, failed(fileName));
      if (!reply.ok) throw new AppError(reply.error.code, reply.error.message);
      return reply.value;
    },
    close: jobs.close,
  };
}
