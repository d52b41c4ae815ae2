import type { ErrorCode } from './errors';

/** A stretch of a document's text, as UTF-16 offsets: `start` inclusive, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Where a page of a PDF lies in its text (pages count from 1; a page without text is empty). */
export interface PageSpan extends TextSpan {
  page: number;
}

/** An attached document's text, read once: paragraphs separated by a blank line. */
export interface SourceText {
  text: string;
  /** PDFs only: every page, in order. */
  pages?: PageSpan[];
  paragraphs: TextSpan[];
}

/** Whether an attached file's text can be searched, and if not, why. */
export type SourceTextState =
  | { state: 'reading' }
  | { state: 'text'; chars: number; paragraphs: number; pages?: number }
  /** Nothing to read, which is no fault: scanned pages, an image, a recording. */
  | { state: 'no-text'; reason: string }
  /** The file was refused or broke the reader; the attachment itself is kept. */
  | { state: 'failed'; code: ErrorCode; message: string };

/** One place a search found in an attached document. */
export interface SourceTextMatch {
  sourceId: string;
  sourceTitle: string;
  sha256: string;
  fileName: string;
  /** PDFs: the page the match is on. */
  page?: number;
  /** The paragraph the match is in, counted from 1 over the whole document. */
  paragraph: number;
  /** Where the match starts in the document's text. */
  offset: number;
  /** The words around the match, on one line. */
  snippet: string;
  /** The match inside `snippet`. */
  match: TextSpan;
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** What the files list says about a file's text: "text: 12 pages", "no text to search: scanned pages". */
export function describeTextState(state: SourceTextState | undefined): string {
  if (!state || state.state === 'reading') return 'reading the text…';
  if (state.state === 'text') {
    return `text: ${state.pages !== undefined ? plural(state.pages, 'page') : plural(state.paragraphs, 'paragraph')}`;
  }
  if (state.state === 'no-text') return `no text to search: ${state.reason}`;
  return `could not read: ${state.message}`;
}
