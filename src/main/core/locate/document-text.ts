import { stat, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { LIMITS } from '../../../shared/limits';
import { AppError } from '../app-error';
import { decodeText } from '../import/decode-text';
import { blankLineParagraphs, type TextRange } from './paragraphs';

/** A document's text as the locator reads it, with its paragraphs (and, for PDF, its pages). */
export interface DocumentText {
  text: string;
  paragraphs: TextRange[];
  pages?: TextRange[];
  /** Why a document has no text to search (a PDF of scanned pages), which is no fault of the file. */
  noText?: string;
}

/** The kinds of file the locator reads: plain text here, the rest through the source-text reader. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'] as const;

/**
 * Reads a source document's text. A .txt file's text is its own, unchanged but for a byte order mark
 * dropped and CRLF line ends read as LF, so that offsets count in the file as it is; Markdown, HTML
 * and Word go through the importers and offsets count in the text they extract.
 */
export async function readDocumentText(path: string): Promise<DocumentText> {
  const name = basename(path);
  const extension = extname(name).toLowerCase();
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `${name}: ${extension || 'a file without an extension'} cannot be read. Give a .pdf, .docx, .html, .md or .txt file.`,
    );
  }
  const bytes = await readDocumentBytes(path, name);
  if (extension === '.txt') {
    const text = decodeText(bytes, name).replace(/\r\n/g, '\n');
    return { text, paragraphs: blankLineParagraphs(text) };
  }
  // Every other kind is read as an attached source's text is, so that both count offsets alike.
  const { extractDocumentText } = await import('../source-text/document-text');
  const read = await extractDocumentText(bytes, name, LIMITS.attachmentBytes);
  if (read.state === 'no-text') return { text: '', paragraphs: [], noText: read.reason };
  return { text: read.text, paragraphs: read.paragraphs, ...(read.pages ? { pages: read.pages } : {}) };
}

async function readDocumentBytes(path: string, name: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new AppError('NOT_FOUND', `There is no file ${path}.`);
  }
  if (size > LIMITS.attachmentBytes) {
    throw new AppError('TOO_LARGE', `${name} is larger than ${LIMITS.attachmentBytes / 1024 / 1024} MB.`);
  }
  return readFile(path);
}
