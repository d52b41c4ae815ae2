/**
 * How a long comparison is drawn: a first batch of blocks at once, then a batch per frame, and at any
 * time up to a block that a jump needs. The count of drawn blocks only grows; what is not drawn yet
 * is held by one placeholder of about its height.
 */

/** Characters drawn before the first paint: more than a screenful in the widest column. */
export const FIRST_CHARS = 6_000;
/** Characters drawn per frame after that: a few milliseconds of work, so the page stays responsive. */
export const STEP_CHARS = 24_000;

/**
 * Where the batch that starts at block `from` ends: blocks are taken until they hold `budget`
 * characters, and always at least one, so that a huge block still makes progress.
 */
export function batchEnd(sizes: readonly number[], from: number, budget: number): number {
  let end = from;
  let taken = 0;
  while (end < sizes.length && (end === from || taken < budget)) {
    taken += sizes[end]!;
    end++;
  }
  return end;
}

/** The count of drawn blocks after asking for `wanted`: never fewer than before, never more than exist. */
export function drawnAfter(drawn: number, wanted: number, total: number): number {
  return Math.max(drawn, Math.min(wanted, total));
}

/** The characters of blocks `from` to the end: what the placeholder stands for. */
export function charsFrom(sizes: readonly number[], from: number): number {
  let chars = 0;
  for (let i = from; i < sizes.length; i++) chars += sizes[i]!;
  return chars;
}

/**
 * The count of blocks to draw so that `pixels` more of the column are covered, at `pixelsPerChar`
 * (measured on the blocks already drawn): at least one more block when anything is missing.
 */
export function drawnToCover(sizes: readonly number[], drawn: number, pixels: number, pixelsPerChar: number): number {
  if (pixels <= 0 || drawn >= sizes.length) return drawn;
  return batchEnd(sizes, drawn, Math.ceil(pixels / Math.max(pixelsPerChar, 1e-3)));
}

/** Where the next batch of a background drawing ends; `drawn` itself when everything is drawn. */
export function nextBatch(sizes: readonly number[], drawn: number, budget = STEP_CHARS): number {
  return drawn >= sizes.length ? drawn : batchEnd(sizes, drawn, budget);
}
