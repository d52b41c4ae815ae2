/** Words as the locator compares them: letters and digits, folded so that case and accents do not count. */

const NOT_ASCII = /\P{ASCII}/u;
const MARKS = /\p{M}/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

// Character classes; a word starts with a letter or digit, and combining marks (a decomposed accent)
// stay inside it.
const OTHER = 1;
const STARTS = 2;
const CONTINUES = 3;
/** The class of each BMP code unit, worked out on first sight (0: not yet). */
const classes = new Uint8Array(0x10000);

function classOf(codePoint: number): number {
  if (codePoint < 0x10000 && classes[codePoint] !== 0) return classes[codePoint]!;
  const char = String.fromCodePoint(codePoint);
  const kind = LETTER_OR_DIGIT.test(char) ? STARTS : MARK.test(char) ? CONTINUES : OTHER;
  if (codePoint < 0x10000) classes[codePoint] = kind;
  return kind;
}

/**
 * Lower case without accents; compatibility forms unfolded too, so that the "ﬁ" ligature of a PDF
 * reads as "fi". ASCII words, nearly all of them, skip the Unicode work.
 */
export function foldWord(word: string): string {
  if (!NOT_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** A letter, digit or combining mark: part of a word. */
export function isWordChar(char: string): boolean {
  return char.length > 0 && classOf(char.codePointAt(0)!) !== OTHER;
}

/** Calls `visit` with the UTF-16 range of every word of `text`, in order. */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    // ASCII letters and digits, nearly every character of most documents, need no lookup.
    const ascii = code < 0x80;
    const kind = ascii ? (isAsciiWord(code) ? STARTS : OTHER) : classOf(text.codePointAt(i)!);
    const width = !ascii && code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    if (kind !== STARTS) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < length) {
      const next = text.charCodeAt(i);
      if (next < 0x80) {
        if (!isAsciiWord(next)) break;
        i += 1;
        continue;
      }
      if (classOf(text.codePointAt(i)!) === OTHER) break;
      i += next >= 0xd800 && next <= 0xdbff && i + 1 < length ? 2 : 1;
    }
    visit(start, i);
  }
}

function isAsciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

export interface WordSpans {
  /** Folded form of each word, in order. */
  words: string[];
  /** UTF-16 offset where each word starts and ends in the text. */
  starts: Int32Array;
  ends: Int32Array;
}

/** Every word of `text` with its place. */
export function splitWords(text: string): WordSpans {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  scanWords(text, (start, end) => {
    words.push(foldWord(text.slice(start, end)));
    starts.push(start);
    ends.push(end);
  });
  return { words, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The folded words of a short text run together, punctuation and spaces dropped: for comparing context. */
export function compactText(text: string): string {
  return splitWords(text).words.join('');
}
