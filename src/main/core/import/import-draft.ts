import { extname } from 'node:path';
import { stripBidiControls } from '../../../shared/bidi';
import { DRAFT_EXTENSIONS, draftFormatList } from '../../../shared/import-formats';
import { LIMITS } from '../../../shared/limits';
import { AppError } from '../app-error';
import { normalizeText } from '../domain/text';
import { decodeText } from './decode-text';
import { tooLarge } from './size-limit';
import type { ImportedDraft, ParseOptions } from './import-options';

/** A title is a one-line name like any other: a direction control in it would disguise it. */
function titleFromText(text: string, fileName: string): string {
  const firstLine = stripBidiControls(text.split('\n', 1)[0] ?? '').trim();
  if (firstLine.length > 0 && firstLine.length <= 120) return firstLine;
  const name = stripBidiControls(fileName);
  return name.replace(/\.[^.]+$/, '') || name;
}

/**
 * A draft file's bytes → normalized plain text with paragraph structure, plus what the file held
 * beside the text (comments, link targets). Every file is untrusted: limits come before parsing.
 */
export async function importDraft(
  fileName: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<ImportedDraft> {
  const maxBytes = options.maxBytes ?? LIMITS.importFileBytes;
  if (bytes.length > maxBytes) throw tooLarge(fileName, bytes.length, maxBytes);
  const extension = extname(fileName).toLowerCase();
  if (!DRAFT_EXTENSIONS.includes(extension)) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `${fileName}: ${extension || 'files without an extension'} cannot be opened. Open a ${draftFormatList()} file, or paste the text.`,
    );
  }
  const base = { comments: [], links: [], notes: 0 };
  let draft: Omit<ImportedDraft, 'title'> & { title?: string };
  if (extension === '.docx') {
    // Word, HTML and Markdown need mammoth, a DOM or a parser; each loads on first use, so plain text
    // imports (and the CLI's compare) stay light.
    const { docxToText } = await import('./docx-to-text');
    const docx = await docxToText(bytes, fileName, options.trackedChanges ?? 'accept');
    draft = {
      ...docx,
      text: docx.paragraphs.join('\n\n'),
      format: 'docx',
      ...(docx.hadTrackedChanges
        ? { trackedChanges: options.trackedChanges === 'reject' ? 'rejected' : 'accepted' }
        : {}),
    };
  } else {
    const decoded = decodeText(bytes, fileName, options.encoding ?? 'utf-8');
    if (extension === '.html' || extension === '.htm') {
      const { htmlToText } = await import('./html-to-text');
      const html = htmlToText(decoded, fileName);
      draft = { ...base, ...html, text: html.paragraphs.join('\n\n'), format: 'html' };
    } else if (extension === '.txt') {
      draft = { ...base, text: decoded, format: 'txt' };
    } else {
      const { markdownToText } = await import('./markdown-to-text');
      draft = { ...base, ...markdownToText(decoded, fileName), format: 'md' };
    }
  }
  const text = normalizeText(draft.text);
  if (text.length === 0) throw new AppError('INVALID_INPUT', `${fileName} contains no text.`);
  if (text.length > LIMITS.textChars) {
    throw new AppError('TOO_LARGE', `${fileName} holds more text than one draft may (${LIMITS.textChars} characters).`);
  }
  const title = stripBidiControls(draft.title ?? '').trim() || titleFromText(text, fileName);
  return { ...draft, text, title: title.slice(0, LIMITS.titleChars) };
}
