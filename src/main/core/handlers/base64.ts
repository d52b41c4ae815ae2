import { AppError } from '../app-error';
import { tooLarge } from '../import/size-limit';

/** A file's bytes as sent by the UI; too large is refused before decoding. */
export function decodeBase64(data: string, fileName: string, limitBytes: number): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) {
    throw new AppError('INVALID_INPUT', `The content of ${fileName} is not valid base64.`);
  }
  const bytes = Math.floor((data.length * 3) / 4);
  if (bytes > limitBytes + 2) throw tooLarge(fileName, bytes, limitBytes);
  return Buffer.from(data, 'base64');
}
