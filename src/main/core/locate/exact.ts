import { bestByContext, hasContext, type Context } from './context';
import type { LocatorIndex } from './locator-index';
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
export function findExact(index: LocatorIndex, quote: string, context: Context): ExactMatch | null {
  const { text } = index;
  const judge = hasContext(context);
  const matches: ExactMatch[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (!onWordEdges(text, quote, at)) continue;
    matches.push({ start: at, end: at + quote.length });
    if (!judge) break;
  }
  return (judge ? bestByContext(index, matches, context) : matches[0]) ?? null;
}
