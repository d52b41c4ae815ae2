import type { Span } from '../../../../shared/text-shape';

/** Words that end with a period without ending a sentence (lower case, without the final period). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'reps',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'st',
  'ave',
  'blvd',
  'rd',
  'mt',
  'ft',
  'no',
  'nos',
  'vol',
  'fig',
  'p',
  'pp',
  'para',
  'art',
  'sec',
  'ch',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'corp',
  'co',
  'ltd',
  'jr',
  'sr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'a.m',
  'p.m',
  'approx',
  'dept',
  'est',
  'univ',
]);

const CLOSING = `"'”’)\\]`;
const BOUNDARY = new RegExp(`[.!?…]+[${CLOSING}]*(?=\\s)`, 'g');

/** The word just before a full stop, as written (letters and inner full stops, as in "U.S"). */
function wordBefore(line: string, at: number): string {
  const match = /([\p{L}.]+)$/u.exec(line.slice(0, at));
  return (match?.[1] ?? '').replace(/^\.+/, '');
}

/** Whether a quotation opened before `at` (in the line) is still open and closes later on the line. */
function insideQuote(line: string, at: number): boolean {
  let open = false;
  for (let i = 0; i < at; i++) {
    const ch = line[i]!;
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
  }
  return open && /["”]/.test(line.slice(at));
}

function endsSentence(line: string, match: RegExpExecArray): boolean {
  const marks = match[0];
  const end = match.index + marks.length;
  const next = line.slice(end).trimStart().charAt(0);
  if (!next) return true;
  // A sentence starts with a capital, a digit, or an opening quote or bracket.
  if (!/[\p{Lu}\p{N}"“'‘([]/u.test(next)) return false;
  if (marks.startsWith('.') && !/[!?…]/.test(marks)) {
    const word = wordBefore(line, match.index);
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    // An initial: a single capital letter, as in "John F. Kennedy".
    if (/^\p{Lu}$/u.test(word)) return false;
  }
  return !insideQuote(line, end);
}

/**
 * Sentences of normalized text, as spans (UTF-16 offsets). A line break always ends a sentence,
 * so headings and bullet lines stand alone; abbreviations, initials and decimals do not end one,
 * and neither does a full stop inside a quotation that closes later on the same line.
 */
export function segmentSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let from = 0;
    for (const match of line.matchAll(BOUNDARY)) {
      if (!endsSentence(line, match)) continue;
      push(line, from, match.index + match[0].length);
      from = match.index + match[0].length;
    }
    push(line, from, line.length);
    lineStart += line.length + 1;
  }
  return spans;

  function push(line: string, from: number, to: number): void {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(line.charAt(s))) s++;
    while (e > s && /\s/.test(line.charAt(e - 1))) e--;
    if (e > s) spans.push({ start: lineStart + s, end: lineStart + e });
  }
}
