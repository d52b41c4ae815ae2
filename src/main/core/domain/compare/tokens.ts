import { paragraphSpans } from '../../../../shared/text-shape';

/** A unit of comparison: `key` is its content; [start, end) also covers the whitespace after it. */
export interface Token {
  start: number;
  end: number;
  key: string;
}

/** Paragraphs, each owning the blank line that follows it. */
export function paragraphTokens(text: string): Token[] {
  if (text.length === 0) return [];
  const spans = paragraphSpans(text);
  return spans.map((span, i) => ({
    start: span.start,
    end: spans[i + 1]?.start ?? text.length,
    key: text.slice(span.start, span.end),
  }));
}

const SENTENCE_END = /[.!?…]+["'”’)\]]*\s+|\n+/g;

/** Sentences of text[start, end), each owning its trailing whitespace. Over-splitting is harmless here. */
export function sentenceTokens(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  for (const match of slice.matchAll(SENTENCE_END)) {
    const to = match.index + match[0].length;
    tokens.push({ start: start + from, end: start + to, key: slice.slice(from, to).trimEnd() });
    from = to;
  }
  if (from < slice.length) tokens.push({ start: start + from, end, key: slice.slice(from).trimEnd() });
  return tokens;
}
