/** A claim's verification status; its own module so that report.ts can name it without model.ts. */

export const CLAIM_STATUSES = [
  'unchecked',
  'in-progress',
  'verified',
  'disputed',
  'false',
  'unverifiable',
  'needs-recheck',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The statuses that settle a claim (a final verdict). */
export const FINAL_STATUSES: readonly ClaimStatus[] = ['verified', 'disputed', 'false', 'unverifiable'];

/**
 * The statuses an editor sets by hand, in legend order: keys 1–6. Needs re-check is left out: only
 * the workbench sets it, and the core refuses it from anyone else.
 */
export const EDITOR_STATUSES: readonly ClaimStatus[] = CLAIM_STATUSES.filter((s) => s !== 'needs-recheck');
