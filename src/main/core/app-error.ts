import type { ApiError, ApiIssue, ErrorCode } from '../../shared/errors';

/** An error meant for the editor: a fixed code and a sentence a person understands. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}
