import { randomBytes } from 'node:crypto';
import type { ApiError } from '../../shared/errors';

/**
 * An unexpected failure, as a client sees it: a generic sentence with a short random id. Internal
 * text (paths, library messages, stacks) stays in the log, under the same id, so that a reported id
 * leads to the stack without exposing it.
 */
export function internalError(where: string, error: unknown, log: (message: string) => void): ApiError {
  const id = randomBytes(4).toString('hex');
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`[${where}] error ${id}: ${detail}`);
  return {
    code: 'INTERNAL',
    message: `Something went wrong inside the workbench (error ${id}). Try again; if it happens again, report that error id.`,
  };
}
