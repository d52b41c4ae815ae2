import { LIMITS } from '../../../shared/limits';
import { AppError } from '../app-error';

const MB = 1024 * 1024;

/** A file's bytes as sent by the UI; too large is refused before decoding. */
export function decodeBase64(data: string, fileName: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) {
    throw new AppError('INVALID_INPUT', `The content of ${fileName} is not valid base64.`);
  }
  const bytes = Math.floor((data.length * 3) / 4);
  if (bytes > LIMITS.importFileBytes + 2) {
    throw new AppError(
      'TOO_LARGE',
      `${fileName} is ${(bytes / MB).toFixed(1)} MB; drafts up to ${LIMITS.importFileBytes / MB} MB can be opened.`,
    );
  }
  return Buffer.from(data, 'base64');
}
