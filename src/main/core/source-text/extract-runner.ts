import type { ErrorCode } from '../../../shared/errors';
import { AppError } from '../app-error';
import { IMPORT_LIMITS, type ImportWorker } from '../import/import-runner';
import { jobWorker, type WorkerFailure, type WorkerLimits } from '../job-worker';
import type { ExtractedText } from './document-text';

export type TextExtractor = (fileName: string, bytes: Uint8Array, maxBytes: number) => Promise<ExtractedText>;

export interface ExtractRunner {
  extract: TextExtractor;
  close: () => Promise<void>;
}

type Reply = { ok: true; value: ExtractedText } | { ok: false; error: { code: ErrorCode; message: string } };

/**
 * Reads attached documents in the import worker's script, in a thread of their own with the same
 * memory cap and time limit as a draft import: a PDF that explodes or never ends is stopped and
 * refused, and the thread replaced, while drafts can still be imported.
 */
export function workerTextExtractor(worker: ImportWorker, limits: WorkerLimits = IMPORT_LIMITS): ExtractRunner {
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
      if (failure.kind === 'error' && failure.error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return new AppError('TOO_LARGE', `${fileName} needs more memory to read than a file may use.`);
      }
      return new AppError('CORRUPT_FILE', `Reading ${fileName} stopped unexpectedly; it may be malformed.`);
    };
  return {
    extract: async (fileName, bytes, maxBytes) => {
      const reply = await jobs.run<Reply>({ extract: { fileName, bytes, maxBytes } }, failed(fileName));
      if (!reply.ok) throw new AppError(reply.error.code, reply.error.message);
      return reply.value;
    },
    close: jobs.close,
  };
}
