import { AppError } from '../app-error';

export function decodeBase64(data: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) {
    throw new AppError('INVALID_INPUT', 'The file content is not valid base64.');
  }
  return Buffer.from(data, 'base64');
}
