import type { Span } from '../../../shared/text-shape';

/** About a screenful and a half of draft text at the widest column: drawn before the first paint. */
export const FIRST_CHARS = 6_000;
/** Drawn per frame after that: a few milliseconds of work, so scrolling and typing stay smooth. */
export const STEP_CHARS = 24_000;

/**
 * Where the next batch of paragraphs ends: from `from`, paragraphs are taken until they hold
 * `chars` characters (always at least one, so a huge paragraph still makes progress).
 */
export function batchEnd(paragraphs: readonly Span[], from: number, chars: number): number {
  let end = from;
  let taken = 0;
  while (end < paragraphs.length && (end === from || taken < chars)) {
    taken += paragraphs[end]!.end - paragraphs[end]!.start;
    end++;
  }
  return end;
}

/** The index of the paragraph holding `offset` (the last one at or before it), by binary search. */
export function paragraphAt(paragraphs: readonly Span[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (paragraphs[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/** Characters per line in the draft's column (820 px at 17 px Georgia): for the size of an unseen paragraph. */
const CHARS_PER_LINE = 85;

/** Lines a paragraph is expected to take, until it is drawn once and its real height is known. */
export function estimatedLines(paragraph: Span): number {
  return Math.max(1, Math.ceil((paragraph.end - paragraph.start) / CHARS_PER_LINE));
}
