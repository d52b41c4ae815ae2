/** Paragraph places in a document's text, for telling an editor where a passage is. */

export interface TextRange {
  /** UTF-16 offsets [start, end). */
  start: number;
  end: number;
}

/** A line break, then one or more lines holding nothing but spaces: the gap between two paragraphs. */
const BLANK_LINES = /\n(?:[ \t\f\v\u00a0]*\n)+/g;

/** Paragraphs separated by blank lines (plain text and Markdown), each without its outer spaces. */
export function blankLineParagraphs(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const add = (from: number, to: number): void => {
    let [start, end] = [from, to];
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end > start) ranges.push({ start, end });
  };
  let from = 0;
  for (const gap of text.matchAll(BLANK_LINES)) {
    add(from, gap.index);
    from = gap.index + gap[0].length;
  }
  add(from, text.length);
  return ranges;
}
