/** Every error code, one meaning each; docs/error-codes.md says what the editor sees and does. */
export const ERROR_CODES = [
  /** The request is malformed: unknown method, input the schema refuses, a body that is not JSON. */
  'INVALID_INPUT',
  /** The article, claim, source, version, evidence, attachment or backup named does not exist. */
  'NOT_FOUND',
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
  /** A file type the workbench does not import or attach. */
  'UNSUPPORTED_FILE',
  /** A file that cannot be read as what it claims to be: a damaged data file, docx or record. */
  'CORRUPT_FILE',
  /** A file or request over a size or nesting limit. */
  'TOO_LARGE',
  /** Text that is not valid in the encoding it is read with. */
  'ENCODING',
  /**
   * The disk or data folder failed (full, unreadable, written by a newer app): nothing was changed.
   * Also: the computer offers no encrypted storage for the hub password, which is then not kept.
   */
  'STORAGE',
  /**
   * A missing or wrong access token, or a message from a foreign frame (HTTP 401); the desk's hub
   * refused the user name or password, or presented a certificate other than the pinned one.
   */
  'UNAUTHORIZED',
  /** The workbench's host cannot be reached (browser mode, the server stopped). */
  'UNAVAILABLE',
  /** A bug: the sentence carries an error id; the stack is in the log under that id. */
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
