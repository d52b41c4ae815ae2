import { fold } from '../../../shared/text-fold';

/** A text made searchable: lower case, no accents, each run of white space one space. */
export interface FoldedText {
  folded: string;
  /** For each unit of `folded`, where it came from in the original; absent when they line up. */
  origin?: Int32Array;
}

const SPACE = /\s/;

/**
 * Folds a text for searching while keeping track of where each folded character came from: folding
 * can change lengths ("İ" lowers to two units, Hangul decomposes), and matches must be reported at
 * the original's offsets.
 */
export function foldWithOrigin(text: string): FoldedText {
  const parts: string[] = [];
  const origin: number[] = [];
  let aligned = true;
  let lastWasSpace = false;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    if (SPACE.test(char)) {
      if (!lastWasSpace) {
        parts.push(' ');
        origin.push(i);
      }
      aligned &&= char === ' ' && !lastWasSpace;
      lastWasSpace = true;
    } else {
      const folded = code < 0x80 ? char.toLowerCase() : fold(char);
      for (let k = 0; k < folded.length; k++) origin.push(i + Math.min(k, width - 1));
      parts.push(folded);
      aligned &&= folded.length === width;
      lastWasSpace = false;
    }
    i += width;
  }
  const folded = parts.join('');
  return aligned ? { folded } : { folded, origin: Int32Array.from(origin) };
}

/** The query as the texts are folded: lower case, no accents, single spaces, trimmed. */
export function foldQuery(query: string): string {
  return fold(query).replace(/\s+/g, ' ').trim();
}

/** The original offset of a folded one; `end` offsets map to just after their last character. */
export function originalOffset(text: FoldedText, at: number, originalLength: number): number {
  if (!text.origin) return at;
  return at < text.origin.length ? text.origin[at]! : originalLength;
}
