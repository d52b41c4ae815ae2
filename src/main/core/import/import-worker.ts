import { parentPort } from 'node:worker_threads';
import { AppError } from '../app-error';
import { importDraft } from './import-draft';
import type { ParseOptions } from './import-options';

interface Job {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  options: ParseOptions;
}

/** Reads imported files in a worker thread, so that a slow or hostile file never blocks the app. */
parentPort!.on('message', ({ id, fileName, bytes, options }: Job) => {
  importDraft(fileName, bytes, options).then(
    (value) => parentPort!.postMessage({ id, ok: true, value }),
    (error: unknown) =>
      parentPort!.postMessage({
        id,
        ok: false,
        error:
          error instanceof AppError
            ? { code: error.code, message: error.message }
            : {
                code: 'CORRUPT_FILE',
                message: `${fileName} could not be read: ${(error as Error)?.message ?? error}.`,
              },
      }),
  );
});
