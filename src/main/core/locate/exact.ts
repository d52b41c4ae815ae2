import { contextScore, hasContext, type Context } from './context';
import { isWordChar } from './words';

export interface ExactMatch {
  start: number;
  end: number;
}

/** A match may not begin or end inside a word: "ate" is not quoted from "senate". */
function onWordEdges(text: string, quote: string, start: number): boolean {
  const end = start + quote.length;
  const splitsBefore = start > 0 && isWordChar(quote.charAt(0)) && isWordChar(text.charAt(start - 1));
  const splitsAfter = end < text.length && isWordChar(quote.charAt(quote.length - 1)) && isWordChar(text.charAt(end));
  return !splitsBefore && !splitsAfter;
}

/**
 * The quote's exact occurrence in the text: with a prefix or suffix, the occurrence whose
 * surroundings agree with them best (the first of equals); without, the first.
 */
export function findExact(text: string, quote: string, context: Context): ExactMatch | null {
  const judge = hasContext(context);
  let best: ExactMatch | null = null;
  let bestScore = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (!onWordEdges(text, quote, at)) continue;
    const match = { start: at, end: at + quote.length };
    if (!judge) return match;
    const score = contextScore(text, match.start, match.end, context);
    if (score > bestScore) [best, bestScore] = [match, score];
    if (score === 1) break;
  }
  return best;
}
