import type { FoundPassage } from '../../../shared/source-checks';
import { wordDiff } from '../../../shared/wording-diff';
import type { AttachedText } from './attached-text';

const wordsIn = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** Moves `from` over `count` words of `text` towards `step` (-1 back, +1 on), never across a blank line. */
function overWords(text: string, from: number, count: number, step: -1 | 1): number {
  let at = from;
  for (let n = 0; n < count; n++) {
    const next = (i: number): string => text[step < 0 ? i - 1 : i] ?? '';
    let moved = at;
    while (/\s/u.test(next(moved)) && next(moved) !== '\n') moved += step;
    if (next(moved) === '' || next(moved) === '\n') break;
    while (next(moved) !== '' && !/\s/u.test(next(moved))) moved += step;
    at = moved;
  }
  return at;
}

/**
 * The document's passage for a quote, as long as the quote: the locator leaves out words at either end
 * that do not match, but for a quote those words are the misquote the checker needs to see, so as many
 * words as the quote has beyond the passage are taken back in from the document.
 */
export function quotedPassage(document: AttachedText, found: FoundPassage, quoted: string): FoundPassage {
  const parts = wordDiff(found.text, quoted, { loose: true });
  const first = parts[0];
  const last = parts[parts.length - 1];
  const before = first?.kind === 'added' ? wordsIn(first.text) : 0;
  const after = last?.kind === 'added' && parts.length > 1 ? wordsIn(last.text) : 0;
  if (before === 0 && after === 0) return found;
  const start = overWords(document.text, found.start, before, -1);
  const end = overWords(document.text, found.end, after, 1);
  return { ...found, start, end, text: document.text.slice(start, end) };
}
