import { AppError } from '../app-error';

/** 0x80–0x9F in Windows-1252 (the rest is Latin-1); Node's decoder yields control characters there. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

/**
 * Bytes → string, refusing to guess: UTF-8 (with or without BOM) or UTF-16 with a BOM. Anything
 * else is reported, never silently garbled.
 */
export function decodeText(bytes: Uint8Array, fileName: string, encoding: 'utf-8' | 'windows-1252' = 'utf-8'): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new AppError('ENCODING', `${fileName} starts like UTF-16 text but is not valid UTF-16.`);
    }
  }
  if (bytes.includes(0)) {
    throw new AppError('UNSUPPORTED_FILE', `${fileName} looks like a binary file, not text.`);
  }
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError(
      'ENCODING',
      `${fileName} is not UTF-8 text (it may be Windows-1252 or Latin-1). Open it as Windows-1252, or save it as UTF-8 and try again.`,
    );
  }
}
