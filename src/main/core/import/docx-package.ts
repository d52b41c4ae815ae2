import { strFromU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { AppError } from '../app-error';

/** Limits read from the zip's central directory before anything is inflated (zip bombs). */
export const DOCX_LIMITS = { entries: 2_000, uncompressedBytes: 150 * 1024 * 1024, ratio: 100 } as const;

const MB = 1024 * 1024;

function looksLike(bytes: Uint8Array): string | undefined {
  const head = strFromU8(bytes.subarray(0, 8), true);
  if (head.startsWith('\u0089PNG')) return 'a PNG image';
  if (head.startsWith('%PDF')) return 'a PDF';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'an old-style .doc file (save it as .docx)';
  if (head.startsWith('{\\rtf')) return 'an RTF file';
  if (/^\s*</.test(head)) return 'an HTML or XML file';
  return undefined;
}

/**
 * Opens a .docx (a zip), refusing zip bombs from what its central directory declares (entry count,
 * total size, compression ratio) before inflating anything.
 */
export function openDocx(bytes: Uint8Array, fileName: string): Unzipped {
  if (bytes.length === 0) throw new AppError('CORRUPT_FILE', `${fileName} is empty (0 bytes).`);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    const kind = looksLike(bytes);
    throw new AppError('CORRUPT_FILE', `${fileName} is not a Word document${kind ? ` (it looks like ${kind})` : ''}.`);
  }
  let entries = 0;
  let declared = 0;
  const corrupt = (error: unknown): AppError =>
    error instanceof AppError
      ? error
      : new AppError('CORRUPT_FILE', `${fileName} is damaged or truncated and cannot be opened as a Word document.`);
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries++;
        declared += file.originalSize;
        if (entries > DOCX_LIMITS.entries) {
          throw new AppError(
            'TOO_LARGE',
            `${fileName} holds more than ${DOCX_LIMITS.entries} files inside; a Word draft has a few dozen.`,
          );
        }
        return false;
      },
    });
  } catch (error) {
    throw corrupt(error);
  }
  if (declared > DOCX_LIMITS.uncompressedBytes || declared > bytes.length * DOCX_LIMITS.ratio) {
    throw new AppError(
      'TOO_LARGE',
      `${fileName} would expand from ${(bytes.length / MB).toFixed(1)} MB to ${(declared / MB).toFixed(0)} MB; that is not a normal Word document (a zip bomb?).`,
    );
  }
  let files: Unzipped;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw corrupt(error);
  }
  if (!files['word/document.xml']) {
    throw new AppError(
      'CORRUPT_FILE',
      `${fileName} is a zip file but not a Word document (it has no word/document.xml).`,
    );
  }
  return files;
}

export function repack(files: Unzipped, changed: Record<string, string>): Uint8Array {
  const next: Unzipped = { ...files };
  for (const [name, xml] of Object.entries(changed)) next[name] = new TextEncoder().encode(xml);
  return zipSync(next);
}

export function xmlOf(files: Unzipped, name: string): string | undefined {
  const data = files[name];
  return data ? strFromU8(data) : undefined;
}
