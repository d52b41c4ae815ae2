import type { z } from 'zod';
import type { ApiMethod } from '../../../shared/api';
import type { ApiIssue, ApiResult } from '../../../shared/errors';
import { inputSchemas, isApiMethod } from '../../../shared/schemas';
import { AppError } from '../app-error';
import { internalError } from '../internal-error';
import type { Handlers } from './context';

/** `origin` names the calling client; the change events its call causes carry it (change-feed.ts). */
export type Dispatch = (method: unknown, payload: unknown, origin?: string) => Promise<ApiResult<unknown>>;

function issuesOf(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
}

/**
 * The single entry to the core for every transport: checks the method and validates the payload
 * with the shared schema before any handler runs, and turns every failure into a coded error.
 */
export function createDispatch(handlers: Handlers, log: (message: string) => void = console.error): Dispatch {
  return async (method, payload) => {
    if (!isApiMethod(method)) {
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', message: `There is no operation called ${JSON.stringify(method)}.` },
      };
    }
    const parsed = inputSchemas[method].safeParse(payload ?? {});
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      const first = issues[0];
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: `Invalid input for ${method}: ${first ? `${first.path} ${first.message}` : 'it was not understood'}.`,
          issues,
        },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toApiError() };
      return { ok: false, error: internalError(`core ${method as ApiMethod}`, error, log) };
    }
  };
}
