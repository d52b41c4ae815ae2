/** Opening and closing marks that enclose quoted words, straight and typographic. */
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['\u201c', '\u201d'],
  ['"', '"'],
  ['\u00ab', '\u00bb'],
  ['\u201e', '\u201c'],
  ['\u2018', '\u2019'],
];

/** Quoted parts shorter than this are scare quotes ("so-called"), not the words someone said. */
const MIN_QUOTED_WORDS = 3;

const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/**
 * The words a quote claim attributes to someone: each quoted part inside quotation marks (a claim may
 * quote in pieces), or the whole claim when it has no quotation marks.
 */
export function quotedWords(claimText: string): string[] {
  for (const [open, close] of QUOTE_PAIRS) {
    const parts: string[] = [];
    let from = 0;
    for (;;) {
      const start = claimText.indexOf(open, from);
      if (start < 0) break;
      const end = claimText.indexOf(close, start + 1);
      if (end < 0) break;
      const inner = claimText
        .slice(start + 1, end)
        .trim()
        .replace(/^[,.;:]+|[,;:]+$/gu, '')
        .trim();
      if (wordCount(inner) >= MIN_QUOTED_WORDS) parts.push(inner);
      from = end + 1;
    }
    if (parts.length > 0) return parts;
  }
  return [claimText.trim()];
}
