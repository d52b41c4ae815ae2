import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LIMITS } from '../../../shared/limits';
import { AppError } from '../app-error';
import { paragraphsOfPage, type PdfRun } from './pdf-lines';

/** More pages than this is a hostile file or a whole archive, not a source document. */
export const MAX_PDF_PAGES = 5_000;

/** What pdf.js read: the paragraphs of every page, in page order. */
export interface PdfPages {
  pages: string[][];
}

type PdfJs = typeof PdfJsModule;

let loaded: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on first use. Its "worker" runs in this same thread (the import worker is already
 * off the app's event loop), so nothing is fetched: the worker module is handed over directly.
 */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  })();
  return loaded;
}

/** pdf.js's own exceptions, by name, → the workbench's codes and sentences. */
function refusal(error: unknown, fileName: string): AppError {
  if (error instanceof AppError) return error;
  const name = (error as Error)?.name;
  if (name === 'PasswordException') {
    return new AppError('UNSUPPORTED_FILE', `${fileName} is protected by a password, so its text cannot be read.`);
  }
  if (name === 'InvalidPDFException') {
    return new AppError('CORRUPT_FILE', `${fileName} is damaged or incomplete: it is not a PDF that can be read.`);
  }
  // pdf.js passes a thrown RangeError on as an unknown error: its message still tells.
  if (error instanceof RangeError || /call stack/i.test((error as Error)?.message ?? '')) {
    return new AppError('TOO_LARGE', `${fileName} is nested too deeply to read; it is malformed or hostile.`);
  }
  return new AppError(
    'CORRUPT_FILE',
    `${fileName} could not be read as a PDF (${(error as Error)?.message ?? error}).`,
  );
}

function runsOf(items: readonly object[]): PdfRun[] {
  const runs: PdfRun[] = [];
  for (const item of items) {
    if (!('str' in item)) continue;
    const text = item as { str: string; transform: number[]; height: number; hasEOL: boolean };
    runs.push({ str: text.str, y: text.transform[5] ?? 0, height: Math.abs(text.height), hasEOL: text.hasEOL });
  }
  return runs;
}

/**
 * A PDF's bytes → its text, page by page, with pdf.js: no script evaluation, no fonts turned into
 * faces, nothing fetched (fonts, character maps, decoders). Encrypted, damaged and oversized files
 * are refused with a code and a sentence.
 */
export async function readPdfPages(bytes: Uint8Array, fileName: string): Promise<PdfPages> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over; a copy leaves the caller's bytes alone.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    if (document.numPages > MAX_PDF_PAGES) {
      throw new AppError(
        'TOO_LARGE',
        `${fileName} has ${document.numPages.toLocaleString('en')} pages; up to ${MAX_PDF_PAGES.toLocaleString('en')} can be read.`,
      );
    }
    const pages: string[][] = [];
    let chars = 0;
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const paragraphs = paragraphsOfPage(runsOf(content.items));
      page.cleanup();
      chars += paragraphs.reduce((sum, p) => sum + p.length + 2, 0);
      if (chars > LIMITS.textChars) {
        throw new AppError(
          'TOO_LARGE',
          `${fileName} holds more text than one document may (${LIMITS.textChars.toLocaleString('en')} characters).`,
        );
      }
      pages.push(paragraphs);
    }
    return { pages };
  } catch (error) {
    throw refusal(error, fileName);
  } finally {
    await task.destroy();
  }
}
