export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  /** A status the claim's evidence does not allow (see status-rules.ts). */
  'STATUS_RULE',
  'UNSUPPORTED_FILE',
  'CORRUPT_FILE',
  'TOO_LARGE',
  'ENCODING',
  'STORAGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiIssue {
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  /** A sentence a person understands. */
  message: string;
  issues?: ApiIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
