import type { LocateOptions } from '../../../shared/locate';
import { textSimilarity } from './word-similarity';
import { compactText } from './words';

/** Letters of context compared on each side: enough to tell repeated passages apart, cheap to compare. */
const CONTEXT_LETTERS = 40;
/** Raw characters read from the document to find that many letters (spaces and punctuation fall out). */
const RAW_SPAN = CONTEXT_LETTERS * 4;

/** The excerpt's context, folded once per lookup. */
export interface Context {
  prefix: string;
  suffix: string;
}

export function foldContext(options: LocateOptions): Context {
  return {
    prefix: compactText((options.prefix ?? '').slice(-RAW_SPAN)).slice(-CONTEXT_LETTERS),
    suffix: compactText((options.suffix ?? '').slice(0, RAW_SPAN)).slice(0, CONTEXT_LETTERS),
  };
}

export const hasContext = (context: Context): boolean => context.prefix.length > 0 || context.suffix.length > 0;

/**
 * How well the document around [start, end) agrees with the given prefix and suffix, 0–1: the mean
 * letter similarity of each side given. Case, accents, spaces and punctuation do not count.
 */
export function contextScore(text: string, start: number, end: number, context: Context): number {
  const sides: number[] = [];
  if (context.prefix) {
    const before = compactText(text.slice(Math.max(0, start - RAW_SPAN), start)).slice(-context.prefix.length);
    sides.push(textSimilarity(context.prefix, before));
  }
  if (context.suffix) {
    const after = compactText(text.slice(end, end + RAW_SPAN)).slice(0, context.suffix.length);
    sides.push(textSimilarity(context.suffix, after));
  }
  return sides.length === 0 ? 0 : sides.reduce((a, b) => a + b, 0) / sides.length;
}
