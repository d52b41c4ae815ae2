import type { ImportOptions } from '../../../shared/api';
import { AppError } from '../app-error';
import type { ImportedDraft } from '../import/import-options';
import { importLimitBytes, tooLarge } from '../import/size-limit';
import type { CoreContext } from './context';

export interface Upload {
  fileName: string;
  dataBase64: string;
  options?: ImportOptions | undefined;
}

/** A file's bytes as sent by the UI; too large is refused before decoding. */
export function decodeBase64(data: string, fileName: string, limitBytes: number): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) {
    throw new AppError('INVALID_INPUT', `The content of ${fileName} is not valid base64.`);
  }
  const bytes = Math.floor((data.length * 3) / 4);
  if (bytes > limitBytes + 2) throw tooLarge(fileName, bytes, limitBytes);
  return Buffer.from(data, 'base64');
}

/** Reads an uploaded draft with the import limit in force, off the event loop. */
export function readUpload(
  { store, importDraft }: CoreContext,
  { fileName, dataBase64, options }: Upload,
): Promise<ImportedDraft> {
  const limit = importLimitBytes(store.settings());
  return importDraft(fileName, decodeBase64(dataBase64, fileName, limit), { ...options, maxBytes: limit });
}
