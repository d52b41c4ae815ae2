export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
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
