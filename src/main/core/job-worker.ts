import { Worker } from 'node:worker_threads';
import { SerialQueue } from './serial-queue';

export interface WorkerLimits {
  timeoutMs: number;
  heapMb: number;
}

/** Why a job got no answer: the worker threw (out of memory, say), exited, or ran out of time. */
export type WorkerFailure =
  { kind: 'error'; error: Error & { code?: string } } | { kind: 'exit'; code: number } | { kind: 'timeout' };

export interface JobWorker {
  /** Sends `message` with an id and resolves with the worker's reply to it; `failed` names a failure. */
  run: <Reply>(message: object, failed: (failure: WorkerFailure) => Error) => Promise<Reply>;
  close: () => Promise<void>;
}

/**
 * One worker thread with a memory cap and a time limit, one job at a time: a job that explodes in
 * memory or never ends is stopped and its worker replaced. The worker stays warm between jobs and
 * does not keep the process alive.
 */
export function jobWorker(url: URL, limits: WorkerLimits): JobWorker {
  let thread: Worker | undefined;
  const queue = new SerialQueue();
  let nextId = 0;

  function start(): Worker {
    const created = new Worker(url, {
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 64 },
    });
    created.unref();
    created.on('exit', () => {
      if (thread === created) thread = undefined;
    });
    return created;
  }

  function send<Reply>(message: object, failed: (failure: WorkerFailure) => Error): Promise<Reply> {
    const current = (thread ??= start());
    const id = ++nextId;
    current.ref();
    return new Promise<Reply>((resolve, reject) => {
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
      const onMessage = (reply: { id: number }): void => {
        if (reply.id === id) done(() => resolve(reply as Reply), false);
      };
      const onError = (error: Error & { code?: string }): void =>
        done(() => reject(failed({ kind: 'error', error })), true);
      const onExit = (code: number): void => done(() => reject(failed({ kind: 'exit', code })), true);
      const timer = setTimeout(() => done(() => reject(failed({ kind: 'timeout' })), true), limits.timeoutMs);
      current.on('message', onMessage);
      current.once('error', onError);
      current.once('exit', onExit);
      current.postMessage({ id, ...message });
    });
  }

  return {
    run: (message, failed) => queue.run(() => send(message, failed)),
    close: async () => {
      await queue.idle();
      await thread?.terminate();
      thread = undefined;
    },
  };
}
