import type { Anchor } from '../../../shared/model';
import { LIMITS } from '../../../shared/limits';
import { AppError } from '../app-error';

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Checks a selected span against the text and builds its anchor. Surrounding whitespace is trimmed
 * off, since a mouse selection often catches a space; what remains must be real text.
 */
export function anchorSpan(text: string, version: number, start: number, end: number): Anchor {
  if (start >= end) {
    throw new AppError(
      'INVALID_INPUT',
      start === end
        ? 'The selection is empty: select the words of the claim first.'
        : `The selection runs backwards (start ${start} is after end ${end}).`,
    );
  }
  if (end > text.length) {
    throw new AppError(
      'INVALID_INPUT',
      `The selection (${start}–${end}) runs past the end of the draft, which has ${text.length} characters.`,
    );
  }
  if (isHighSurrogate(text.charCodeAt(end - 1)) || (start > 0 && isHighSurrogate(text.charCodeAt(start - 1)))) {
    throw new AppError('INVALID_INPUT', 'The selection splits a character in two; select whole characters.');
  }
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  if (from === to) throw new AppError('INVALID_INPUT', 'The selection holds only spaces or line breaks.');
  const context = LIMITS.anchorContextChars;
  return {
    version,
    start: from,
    end: to,
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - context), from),
    suffix: text.slice(to, to + context),
  };
}
