import { AppError } from '../app-error';

/**
 * Bytes → string, refusing to guess: UTF-8 (with or without BOM) or UTF-16 with a BOM. Anything
 * else is reported, never silently garbled.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    throw new AppError('UNSUPPORTED_FILE', `${fileName} looks like a binary file, not text.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError(
      'ENCODING',
      `${fileName} is not UTF-8 text (it may be Windows-1252 or Latin-1). Save it as UTF-8 and open it again.`,
    );
  }
}
