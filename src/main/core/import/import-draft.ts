import { extname } from 'node:path';
import { LIMITS } from '../../../shared/limits';
import type { TextFormat } from '../../../shared/model';
import { AppError } from '../app-error';
import { normalizeText } from '../domain/text';
import { decodeText } from './decode-text';
import { markdownToText } from './markdown-to-text';

export interface ImportedDraft {
  text: string;
  format: TextFormat;
  title: string;
}

const MB = 1024 * 1024;

function titleFromText(text: string, fileName: string): string {
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  if (firstLine.length > 0 && firstLine.length <= 120) return firstLine;
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

/** A draft file's bytes → normalized plain text with paragraph structure. The file is untrusted. */
export function importDraft(fileName: string, bytes: Uint8Array): ImportedDraft {
  if (bytes.length > LIMITS.importFileBytes) {
    throw new AppError(
      'TOO_LARGE',
      `${fileName} is ${(bytes.length / MB).toFixed(1)} MB; drafts up to ${LIMITS.importFileBytes / MB} MB can be opened.`,
    );
  }
  const extension = extname(fileName).toLowerCase();
  if (extension !== '.txt' && extension !== '.md' && extension !== '.markdown') {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `${fileName}: ${extension || 'files without an extension'} cannot be opened yet. Open a .txt or .md file, or paste the text.`,
    );
  }
  const decoded = decodeText(bytes, fileName);
  const markdown = extension === '.txt' ? undefined : markdownToText(decoded);
  const text = normalizeText(markdown ? markdown.text : decoded);
  if (text.length === 0) throw new AppError('INVALID_INPUT', `${fileName} contains no text.`);
  if (text.length > LIMITS.textChars) {
    throw new AppError('TOO_LARGE', `${fileName} holds more text than one draft may (${LIMITS.textChars} characters).`);
  }
  return {
    text,
    format: markdown ? 'md' : 'txt',
    title: (markdown?.title ?? titleFromText(text, fileName)).slice(0, LIMITS.titleChars),
  };
}
