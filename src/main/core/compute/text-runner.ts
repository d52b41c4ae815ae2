import { Worker } from 'node:worker_threads';
import type { Comparison, Suggestion } from '../../../shared/model';
import { AppError } from '../app-error';
import type { ImportWorker } from '../import/import-runner';
import { SerialQueue } from '../serial-queue';
import { runTextJob, type TextJob } from './text-jobs';

export interface TextJobRunner {
  run: (job: TextJob) => Promise<Suggestion[] | Comparison>;
  close: () => Promise<void>;
}

/**
 * Texts shorter than this are scored and compared at once (a few milliseconds); longer ones in the
 * worker, where a 2-million-character draft takes seconds without holding up any other call.
 */
export const LONG_TEXT_CHARS = 200_000;

export const TEXT_JOB_LIMITS = { timeoutMs: 120_000, heapMb: 1024 } as const;

type Reply = { id: number } & ({ ok: true; value: Suggestion[] | Comparison } | { ok: false; message: string });

const lengthOf = (job: TextJob): number =>
  job.kind === 'suggest' ? job.text.length : Math.max(job.oldText.length, job.newText.length);

/**
 * Runs long texts' jobs in a worker thread (the import worker's script, which answers both), one at a
 * time, with a memory cap and a time limit; the worker is replaced after a failure.
 */
export function workerTextJobs(worker: ImportWorker, limits = TEXT_JOB_LIMITS): TextJobRunner {
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

  function inWorker(job: TextJob): Promise<Suggestion[] | Comparison> {
    const current = (thread ??= start());
    const id = ++nextId;
    current.ref();
    return new Promise((resolve, reject) => {
      const done = (outcome: () => void, kill: boolean): void => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onFailure);
        current.off('exit', onFailure);
        current.unref();
        if (kill) {
          if (thread === current) thread = undefined;
          void current.terminate();
        }
        outcome();
      };
      const onMessage = (reply: Reply): void => {
        if (reply.id !== id) return;
        done(() => (reply.ok ? resolve(reply.value) : reject(new Error(reply.message))), false);
      };
      const onFailure = (): void =>
        done(() => reject(new AppError('TOO_LARGE', 'The draft is too large to score or compare here.')), true);
      const timer = setTimeout(
        () =>
          done(
            () =>
              reject(
                new AppError('TOO_LARGE', `The draft took more than ${limits.timeoutMs / 1000} s to score or compare.`),
              ),
            true,
          ),
        limits.timeoutMs,
      );
      current.on('message', onMessage);
      current.once('error', onFailure);
      current.once('exit', onFailure);
      current.postMessage({ id, job });
    });
  }

  return {
    run: async (job) => (lengthOf(job) < LONG_TEXT_CHARS ? runTextJob(job) : queue.run(() => inWorker(job))),
    close: async () => {
      await queue.idle();
      await thread?.terminate();
      thread = undefined;
    },
  };
}
