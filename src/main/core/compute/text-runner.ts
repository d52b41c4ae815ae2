import type { Comparison, Suggestion } from '../../../shared/model';
import { AppError } from '../app-error';
import type { ImportWorker } from '../import/import-runner';
import { jobWorker, type WorkerFailure } from '../job-worker';
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

type Reply = { ok: true; value: Suggestion[] | Comparison } | { ok: false; message: string };

const lengthOf = (job: TextJob): number =>
  job.kind === 'suggest' ? job.text.length : Math.max(job.oldText.length, job.newText.length);

/**
 * Runs long texts' jobs in a worker thread (the import worker's script, which answers both), one at a
 * time, with a memory cap and a time limit; the worker is replaced after a failure.
 */
export function workerTextJobs(worker: ImportWorker, limits = TEXT_JOB_LIMITS): TextJobRunner {
  const jobs = jobWorker(worker.url, limits);
  const failed = (failure: WorkerFailure): AppError =>
    failure.kind === 'timeout'
      ? new AppError('TOO_LARGE', `The draft took more than ${limits.timeoutMs / 1000} s to score or compare.`)
      : new AppError('TOO_LARGE', 'The draft is too large to score or compare here.');
  return {
    run: async (job) => {
      if (lengthOf(job) < LONG_TEXT_CHARS) return runTextJob(job);
      const reply = await jobs.run<Reply>({ job }, failed);
      if (!reply.ok) throw new Error(reply.message);
      return reply.value;
    },
    close: jobs.close,
  };
}
