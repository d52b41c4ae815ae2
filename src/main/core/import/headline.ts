const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The draft's first paragraph when it only repeats the title found in the file (a headline line),
 * else null. A first line ending in a full stop reads as a sentence of the draft, so it stays text.
 */
export function headlineOf(text: string, title: string): string | null {
  const end = text.indexOf('\n\n');
  if (end < 0) return null;
  const first = text.slice(0, end);
  if (first.includes('\n') || /\.\s*$/.test(first) || flat(first) !== flat(title)) return null;
  return first;
}

/** The text without its headline paragraph, when it has one (see headlineOf). */
export function withoutHeadline(text: string, title: string): string {
  const headline = headlineOf(text, title);
  return headline === null ? text : text.slice(headline.length + 2);
}
