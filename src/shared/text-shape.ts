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

/** The index of the span holding `offset` (the last span starting at or before it), or -1 before them all. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}
