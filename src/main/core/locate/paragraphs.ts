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

/** Paragraphs a reader already split (HTML, Word) joined by blank lines, with where each one is. */
export function joinParagraphs(paragraphs: readonly string[]): { text: string; ranges: TextRange[] } {
  const ranges: TextRange[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    if (ranges.length > 0) offset += 2;
    ranges.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length;
  }
  return { text: paragraphs.join('\n\n'), ranges };
}

/** The 1-based number of the range holding `offset`, or of the last one before it; undefined when none. */
export function rangeNumberAt(ranges: readonly TextRange[], offset: number): number | undefined {
  let [low, high] = [0, ranges.length - 1];
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (ranges[middle]!.start <= offset) [found, low] = [middle, middle + 1];
    else high = middle - 1;
  }
  if (found < 0) return ranges.length > 0 ? 1 : undefined;
  return found + 1;
}
