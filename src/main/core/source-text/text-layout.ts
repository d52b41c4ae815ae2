import type { PageSpan, SourceText, TextSpan } from '../../../shared/source-text';

const SEPARATOR = '\n\n';

/**
 * Paragraphs (grouped by page where the document has pages) → one text, paragraphs separated by a
 * blank line, with where each paragraph and each page starts and ends in it. A page without text
 * is an empty span at the place it would have been.
 */
export function layoutText(pages: readonly (readonly string[])[], paged: boolean): SourceText {
  const paragraphs: TextSpan[] = [];
  const pageSpans: PageSpan[] = [];
  const parts: string[] = [];
  let length = 0;
  pages.forEach((texts, index) => {
    const pageStart = parts.length > 0 ? length + SEPARATOR.length : length;
    let pageEnd = pageStart;
    for (const paragraph of texts) {
      if (paragraph.length === 0) continue;
      if (parts.length > 0) {
        parts.push(SEPARATOR);
        length += SEPARATOR.length;
      }
      paragraphs.push({ start: length, end: length + paragraph.length });
      parts.push(paragraph);
      length += paragraph.length;
      pageEnd = length;
    }
    pageSpans.push({ page: index + 1, start: Math.min(pageStart, pageEnd), end: pageEnd });
  });
  const text = parts.join('');
  return paged ? { text, pages: pageSpans.map((p) => clampEmpty(p, text.length)), paragraphs } : { text, paragraphs };
}

/** An empty page's span sits where the next text would start, never past the end. */
function clampEmpty(span: PageSpan, textLength: number): PageSpan {
  return span.start === span.end
    ? { ...span, start: Math.min(span.start, textLength), end: Math.min(span.end, textLength) }
    : span;
}

/** Plain text whose paragraphs are separated by blank lines (as imported drafts are) → its spans. */
export function paragraphSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  while (start < text.length) {
    const gap = text.indexOf(SEPARATOR, start);
    const end = gap === -1 ? text.length : gap;
    if (end > start) spans.push({ start, end });
    start = gap === -1 ? text.length : gap + SEPARATOR.length;
    while (text[start] === '\n') start++;
  }
  return spans;
}
