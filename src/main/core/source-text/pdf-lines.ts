/** One run of text pdf.js found on a page: its words, baseline height, glyph height, end of line. */
export interface PdfRun {
  str: string;
  y: number;
  height: number;
  hasEOL: boolean;
}

/**
 * A line further below the one before than this many times the text's height starts a new
 * paragraph: lines of a paragraph sit about 1.1–1.3 heights apart, a blank line or a heading's
 * margin pushes that past 1.6.
 */
const PARAGRAPH_GAP = 1.6;

/** Runs of one page → lines (runs joined; a new line where pdf.js says one ended or the baseline moved). */
function linesOf(runs: PdfRun[]): { text: string; y: number; height: number }[] {
  const lines: { text: string; y: number; height: number }[] = [];
  let current: { text: string; y: number; height: number } | undefined;
  for (const run of runs) {
    const movedDown = current !== undefined && Math.abs(run.y - current.y) > Math.max(run.height, 1) * 0.5;
    if (!current || movedDown) {
      if (current) lines.push(current);
      current = { text: '', y: run.y, height: run.height };
    }
    current.text += run.str;
    current.height = Math.max(current.height, run.height);
    if (run.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text.length > 0);
}

/**
 * A page's text runs → its paragraphs, each one line of text. A PDF stores placed glyphs, not
 * paragraphs: a wide gap between lines, or a line that moves up the page (a new column), ends one.
 */
export function paragraphsOfPage(runs: PdfRun[]): string[] {
  const paragraphs: string[] = [];
  let previous: { y: number; height: number } | undefined;
  for (const line of linesOf(runs)) {
    const gap = previous ? previous.y - line.y : 0;
    const newParagraph = !previous || gap < 0 || gap > PARAGRAPH_GAP * Math.max(previous.height, line.height, 1);
    if (newParagraph) paragraphs.push(line.text);
    else paragraphs[paragraphs.length - 1] += ` ${line.text}`;
    previous = line;
  }
  return paragraphs;
}
