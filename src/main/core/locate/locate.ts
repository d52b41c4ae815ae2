import type { LocateOptions, LocateResult } from '../../../shared/locate';
import { LIMITS } from '../../../shared/limits';
import { AppError } from '../app-error';
import { findApproximate } from './approximate';
import { foldContext } from './context';
import { findExact } from './exact';
import { buildLocatorIndex, type LocatorIndex } from './locator-index';

export { buildLocatorIndex, type LocatorIndex } from './locator-index';

/** An approximate match never scores 1: that is kept for the excerpt's exact words. */
const APPROXIMATE_CEILING = 0.99;

/**
 * Finds an excerpt in a document whose index was built once (`buildLocatorIndex`): its exact words
 * first, then the closest passage (typos, changed, dropped or added words, other quotation marks,
 * dashes, spaces or case). `prefix` and `suffix` pick among repeated passages. `{ kind: null }` when
 * no passage is close enough all along, rather than a wrong place.
 */
export function locateIn(index: LocatorIndex, excerpt: string, options: LocateOptions = {}): LocateResult {
  const quote = excerpt.trim();
  if (quote.length === 0) {
    throw new AppError('INVALID_INPUT', 'The excerpt is empty: give the words to look for.');
  }
  if (quote.length > LIMITS.excerptChars) {
    throw new AppError(
      'TOO_LARGE',
      `The excerpt is ${quote.length.toLocaleString('en-US')} characters long; the most is ${LIMITS.excerptChars.toLocaleString('en-US')}.`,
    );
  }
  const context = foldContext(options);
  const exact = findExact(index, quote, context);
  if (exact) return { kind: 'exact', start: exact.start, end: exact.end, score: 1, text: quote };
  const near = findApproximate(index, quote, context);
  if (!near) return { kind: null };
  return {
    kind: 'approximate',
    start: near.start,
    end: near.end,
    score: APPROXIMATE_CEILING * near.similarity,
    text: index.text.slice(near.start, near.end),
  };
}

/** `locateIn` for a single lookup: builds the document's index and uses it once. */
export function locateExcerpt(text: string, excerpt: string, options: LocateOptions = {}): LocateResult {
  return locateIn(buildLocatorIndex(text), excerpt, options);
}
