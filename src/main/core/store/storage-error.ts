import { AppError } from '../app-error';

/** Turns a file-system failure into a sentence the editor can act on. */
export function storageError(error: unknown, what: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return new AppError('STORAGE', `The disk is full, so ${what} was not saved. Free some space and try again.`);
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new AppError(
        'STORAGE',
        `The data folder cannot be written to (${code}), so ${what} was not saved. Check its permissions.`,
      );
    case 'EIO':
      return new AppError('STORAGE', `The disk reported an input/output error, so ${what} was not saved.`);
    default:
      return new AppError(
        'STORAGE',
        `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be saved: ${(error as Error)?.message ?? String(error)}.`,
      );
  }
}
