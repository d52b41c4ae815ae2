import { LIMITS } from '../../../shared/limits';
import type { Settings } from '../../../shared/model';
import { AppError } from '../app-error';

const MB = 1024 * 1024;

export function tooLarge(fileName: string, bytes: number, limitBytes: number): AppError {
  return new AppError(
    'TOO_LARGE',
    `${fileName} is ${(bytes / MB).toFixed(1)} MB; drafts up to ${Math.round(limitBytes / MB)} MB can be opened (Settings can change the limit).`,
  );
}

/** The import size limit in force: the editor's setting, else the default. */
export function importLimitBytes(settings: Settings): number {
  return settings.importLimitMb ? settings.importLimitMb * MB : LIMITS.importFileBytes;
}
