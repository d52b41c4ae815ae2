export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  /** The same record is already stored (an article record imported twice). */
  'ALREADY_EXISTS',
  /** A source that evidence cites; deleting it needs `force` (the editor's confirmation). */
  'SOURCE_IN_USE',
  /** The claim has no change that can be undone. */
  'NOTHING_TO_UNDO',
  /** The operation names a version that is no longer the current one. */
  'NOT_CURRENT_VERSION',
  /** The data folder was opened read-only. */
  'READ_ONLY',
  /** The data folder is in use by another workbench process. */
  'LOCKED',
  /** A status the claim's evidence does not allow (see status-rules.ts). */
  'STATUS_RULE',
  'UNSUPPORTED_FILE',
  'CORRUPT_FILE',
  'TOO_LARGE',
  'ENCODING',
  'STORAGE',
  /** A missing or wrong access token (HTTP 401). */
  'UNAUTHORIZED',
  /** The workbench's host cannot be reached (browser mode, the server stopped). */
  'UNAVAILABLE',
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
