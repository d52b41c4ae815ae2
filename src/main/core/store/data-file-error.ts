import type { ErrorCode } from '../../../shared/errors';
import { AppError } from '../app-error';

/**
 * A data file the store cannot use: damaged (CORRUPT_FILE) or gone (NOT_FOUND). It carries the
 * file's path so that the layers above can point the editor to a backup with a good copy.
 */
export class DataFileError extends AppError {
  constructor(
    code: ErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(code, message);
    this.name = 'DataFileError';
  }
}
