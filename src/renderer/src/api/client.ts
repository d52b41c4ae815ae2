import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api';
import type { ApiIssue, ApiResult, ErrorCode } from '../../../shared/errors';
import { CLIENT_HEADER } from '../../../shared/events';
import { CLIENT_ID } from './client-id';
import { browserToken } from './token';

/** A failed call, carrying the core's code and its sentence for the editor. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
  }
}

async function overHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  const access = await browserToken();
  if ('refused' in access) return { ok: false, error: { code: 'UNAUTHORIZED', message: access.refused } };
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${access.token}`,
        [CLIENT_HEADER]: CLIENT_ID,
      },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: 'The workbench server is not reachable. Is `factcheck serve` still running?',
      },
    };
  }
  if (!/^application\/json\b/.test(response.headers.get('content-type') ?? '')) {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `The workbench server answered ${response.status} ${response.statusText || ''}`.trim() + '.',
      },
    };
  }
  return (await response.json()) as ApiResult<unknown>;
}

/** Calls one method of the contract, over IPC in the desktop app and over HTTP in browser mode. */
export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = window.workbench
    ? await window.workbench.invoke(method, input, CLIENT_ID)
    : await overHttp(method, input);
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message, result.error.issues);
  return result.value as ApiOutput<M>;
}
