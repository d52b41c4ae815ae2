import { createHash } from 'node:crypto';

/**
 * The one text form every version is stored in, so that offsets mean the same thing everywhere:
 * no BOM, LF line ends, no trailing spaces, paragraphs separated by exactly one blank line.
 */
export function normalizeText(input: string): string {
  return input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
