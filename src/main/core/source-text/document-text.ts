import { extname } from 'node:path';
import { LIMITS } from '../../../shared/limits';
import type { SourceText } from '../../../shared/source-text';
import { AppError } from '../app-error';
import { normalizeText } from '../domain/text';
import { decodeText } from '../import/decode-text';
import { importDraft } from '../import/import-draft';
import { tooLarge } from '../import/size-limit';
import { layoutText, paragraphSpans } from './text-layout';

/** A document's text, or why there is none to read (no fault of the file). */
export type ExtractedText = ({ state: 'text' } & SourceText) | { state: 'no-text'; reason: string };

/** The documents whose text is read; other attachments (images, recordings) have none. */
export const TEXT_EXTENSIONS = ['.pdf', '.docx', '.html', '.htm', '.md', '.markdown', '.txt', '.csv'] as const;

export function hasReadableText(fileName: string): boolean {
  return (TEXT_EXTENSIONS as readonly string[]).includes(extname(fileName).toLowerCase());
}

const nothing = (reason: string): ExtractedText => ({ state: 'no-text', reason });

async function readPdf(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  const { readPdfPages } = await import('./pdf-text');
  const { pages } = await readPdfPages(bytes, fileName);
  if (pages.length === 0) return nothing('the PDF has no pages');
  const laid = layoutText(pages, true);
  return laid.text.length === 0 ? nothing('scanned pages') : { state: 'text', ...laid };
}

/** One row a paragraph: a table's rows are what a search should land on. */
function readCsv(bytes: Uint8Array, fileName: string): ExtractedText {
  const rows = normalizeText(decodeText(bytes, fileName)).split('\n');
  const laid = layoutText([rows.map((row) => row.trim())], false);
  return laid.text.length === 0 ? nothing('the file holds no words') : { state: 'text', ...laid };
}

/**
 * Any readable document's bytes → its text with paragraph (and, for PDFs, page) boundaries. PDFs go
 * through pdf.js; Word, HTML, Markdown and plain text through the draft importers, with their
 * limits. A refusal is an AppError with a code and a sentence. Runs in the import worker in the app
 * (see extract-runner.ts); called directly, it runs in the caller's thread.
 */
export async function extractDocumentText(
  bytes: Uint8Array,
  fileName: string,
  maxBytes: number = LIMITS.importFileBytes,
): Promise<ExtractedText> {
  const extension = extname(fileName).toLowerCase();
  if (!hasReadableText(fileName)) {
    throw new AppError('UNSUPPORTED_FILE', `${fileName}: the text of ${extension || 'such'} files is not read.`);
  }
  if (bytes.length > maxBytes) throw tooLarge(fileName, bytes.length, maxBytes);
  if (extension === '.pdf') return readPdf(bytes, fileName);
  if (extension === '.csv') return readCsv(bytes, fileName);
  try {
    const { text } = await importDraft(fileName, bytes, { maxBytes });
    return { state: 'text', text, paragraphs: paragraphSpans(text) };
  } catch (error) {
    // An importer's "contains no text" is no fault of a source document: there is just nothing to find.
    if (error instanceof AppError && error.code === 'INVALID_INPUT') return nothing('the file holds no words');
    throw error;
  }
}
