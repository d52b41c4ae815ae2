import { parentPort } from 'node:worker_threads';
import { AppError } from '../app-error';
import { runTextJob, type TextJob } from '../compute/text-jobs';
import { extractDocumentText } from '../source-text/document-text';
import { importDraft } from './import-draft';
import type { ParseOptions } from './import-options';

interface Job {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  options: ParseOptions;
}

interface ExtractJob {
  id: number;
  extract: { fileName: string; bytes: Uint8Array; maxBytes: number };
}

/** A refusal keeps its code and sentence across the thread; anything else is a file that could not be read. */
function failure(error: unknown, fileName: string): { code: string; message: string } {
  return error instanceof AppError
    ? { code: error.code, message: error.message }
    : { code: 'CORRUPT_FILE', message: `${fileName} could not be read: ${(error as Error)?.message ?? error}.` };
}

/**
 * Reads imported files and attached documents in a worker thread, so that a slow or hostile file
 * never blocks the app; also scores and compares long drafts (see compute/text-runner.ts) for the
 * same reason.
 */
parentPort!.on('message', (message: Job | ExtractJob | { id: number; job: TextJob }) => {
  if ('extract' in message) {
    const { fileName, bytes, maxBytes } = message.extract;
    extractDocumentText(bytes, fileName, maxBytes).then(
      (value) => parentPort!.postMessage({ id: message.id, ok: true, value }),
      (error: unknown) => parentPort!.postMessage({ id: message.id, ok: false, error: failure(error, fileName) }),
    );
    return;
  }
  if ('job' in message) {
    try {
      parentPort!.postMessage({ id: message.id, ok: true, value: runTextJob(message.job) });
    } catch (error) {
      parentPort!.postMessage({ id: message.id, ok: false, message: (error as Error)?.message ?? String(error) });
    }
    return;
  }
  const { id, fileName, bytes, options } = message;
  importDraft(fileName, bytes, options).then(
    (value) => parentPort!.postMessage({ id, ok: true, value }),
    (error: unknown) => parentPort!.postMessage({ id, ok: false, error: failure(error, fileName) }),
  );
});
