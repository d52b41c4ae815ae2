import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api';
import type { ApiError, ApiResult } from '../../shared/errors';
import { AppError } from './app-error';

/** The core's single entry (handlers/dispatch.ts) as every caller sees it. */
export type DispatchFn = (method: unknown, payload: unknown) => Promise<ApiResult<unknown>>;

/** The core refused a call: the ApiError's code, sentence and issues, and the method refused. */
export class CallRefused extends AppError {
  constructor(
    readonly method: ApiMethod,
    error: ApiError,
  ) {
    super(error.code, error.message, error.issues);
    this.name = 'CallRefused';
  }
}

/**
 * Calls the core with the input the contract declares for `method`, and returns its output; a
 * refusal is thrown as CallRefused.
 */
export async function call<M extends ApiMethod>(
  dispatch: DispatchFn,
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const result = await dispatch(method, input);
  if (!result.ok) throw new CallRefused(method, result.error);
  // dispatch ran the handler that implements `method`, so the value is that method's output.
  return result.value as ApiOutput<M>;
}

/** Calls the core expecting a refusal, and returns the error; an answer is thrown as a failure. */
export async function callRefused<M extends ApiMethod>(
  dispatch: DispatchFn,
  method: M,
  input: ApiInput<M>,
): Promise<ApiError> {
  const result = await dispatch(method, input);
  if (result.ok) throw new Error(`${method} was expected to be refused but succeeded.`);
  return result.error;
}
