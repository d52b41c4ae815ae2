import type { ClaimSourceCheck } from './source-checks';

/** Checks of a claim against the documents attached to the sources it cites. */
export interface SourceChecksApi {
  /**
   * Each excerpt of the claim's evidence looked up in its source's attached files, and for a quote
   * the quoted words compared with the closest passage of the cited sources. Worked out on each call
   * from the files as they are now, so a changed attachment is checked again.
   */
  'claims.sourceCheck': { input: { claimId: string }; output: ClaimSourceCheck };
}
