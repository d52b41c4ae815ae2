export interface Span {
  start: number;
  end: number;
}

/** Paragraph spans of a version's text (paragraphs are separated by one blank line). */
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
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}
