import type { Claim } from './model';
import type { MatchReason } from './matching';
import type { PastCheck } from './past-checks';

/** One past fact-check that looks like the claim or sentence: the item, a score from 0 to 1, and why. */
export interface PastCheckMatch {
  pastCheck: PastCheck;
  score: number;
  reasons: MatchReason[];
  /** The claim already cites this fact-check as context (the match was confirmed). */
  confirmed?: true;
}

/** How many matches the inspector shows unless asked for more, and the most it shows. */
export const PAST_MATCH_TOP = { default: 5, max: 20 } as const;

/**
 * "Have we checked this before?": the archive's past fact-checks (imported ones and the desk's own
 * settled claims) that look like a claim or a sentence, and the checker's answer to each match.
 */
export interface PastCheckMatchesApi {
  /** Best first; never the claim itself, never a match rejected for this claim. */
  'claims.pastMatches': { input: { claimId: string; top?: number }; output: PastCheckMatch[] };
  /** Claim id → how many matches it has (claims without any are left out). */
  'articles.pastMatchCounts': { input: { articleId: string }; output: Record<string, number> };
  /** For a sentence that is not a claim yet (a suggestion). */
  'pastChecks.matchText': { input: { text: string; top?: number }; output: PastCheckMatch[] };
  /**
   * The match is the same claim: the earlier fact-check becomes context evidence (a source for it is
   * reused or created; a desk claim's match cites its article), recorded in the claim's history.
   */
  'claims.confirmMatch': { input: { claimId: string; pastCheckId: string; note?: string }; output: Claim };
  /** The match is not the same claim: remembered in the claim's history and never shown for it again. */
  'claims.rejectMatch': { input: { claimId: string; pastCheckId: string; note?: string }; output: Claim };
}
