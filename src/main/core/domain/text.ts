import { createHash } from 'node:crypto';

/**
 * The one text form every version is stored in, so that offsets mean the same thing everywhere:
 * no BOM, LF line ends, no trailing spaces, paragraphs separated by exactly one blank line.
 */
export function normalizeText(input: string): string {
  return input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

export interface Span {
  start: number;
  end: number;
}

/** Paragraph spans of normalized text (split at blank lines). */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(/\n\n/g)) {
    spans.push({ start, end: match.index });
    start = match.index + 2;
  }
  if (start < text.length || text.length === 0) spans.push({ start, end: text.length });
  return spans;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
