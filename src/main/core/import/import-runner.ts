import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../../shared/errors';
import { AppError } from '../app-error';
import { SerialQueue } from '../serial-queue';
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

type Reply = { id: number } & (
  { ok: true; value: ImportedDraft } | { ok: false; error: { code: ErrorCode; message: string } }
);

/**
 * Parses imported files in a worker thread with a memory cap and a time limit, one file at a time:
 * the app stays responsive, and a file that explodes in memory or never ends is stopped, reported,
 * and its worker replaced. The worker stays warm between imports and does not keep the process alive.
 */
export function workerImporter(worker: ImportWorker, limits = IMPORT_LIMITS): Importer {
  let thread: Worker | undefined;
  const queue = new SerialQueue();
  let nextId = 0;

  function start(): Worker {
    const created = new Worker(worker.url, {
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 64 },
    });
    created.unref();
    created.on('exit', () => {
      if (thread === created) thread = undefined;
    });
    return created;
  }

  function run(fileName: string, bytes: Uint8Array, options: ParseOptions): Promise<ImportedDraft> {
    const current = (thread ??= start());
    const id = ++nextId;
    current.ref();
    return new Promise<ImportedDraft>((resolve, reject) => {
      const done = (outcome: () => void, kill: boolean): void => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
        current.unref();
        if (kill) {
          if (thread === current) thread = undefined;
          void current.terminate();
        }
        outcome();
      };
      const onMessage = (reply: Reply): void => {
        if (reply.id !== id) return;
        done(
          () => (reply.ok ? resolve(reply.value) : reject(new AppError(reply.error.code, reply.error.message))),
          false,
        );
      };
      const onError = (error: Error & { code?: string }): void =>
        done(
          () =>
            reject(
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? new AppError(
                    'TOO_LARGE',
                    `${fileName} needs more memory to read than a draft may use; it is too large or malformed.`,
                  )
                : new AppError('CORRUPT_FILE', `${fileName} could not be read: ${error.message}.`),
            ),
          true,
        );
      const onExit = (code: number): void =>
        done(
          () => reject(new AppError('INTERNAL', `The import of ${fileName} stopped unexpectedly (exit code ${code}).`)),
          true,
        );
      const timer = setTimeout(
        () =>
          done(
            () =>
              reject(
                new AppError(
                  'TOO_LARGE',
                  `${fileName} took more than ${limits.timeoutMs / 1000} s to read; it is too large or malformed.`,
                ),
              ),
            true,
          ),
        limits.timeoutMs,
      );
      current.on('message', onMessage);
      current.once('error', onError);
      current.once('exit', onExit);
      current.postMessage({ id, fileName, bytes, options });
    });
  }

  return {
    importDraft: (fileName, bytes, options = {}) => queue.run(() => run(fileName, bytes, options)),
    close: async () => {
      await queue.idle();
      await thread?.terminate();
      thread = undefined;
    },
  };
}
