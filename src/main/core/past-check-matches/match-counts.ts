import { PAST_MATCH_TOP } from '../../../shared/api-past-check-matches';
import type { Claim } from '../../../shared/model';
import { rejectedMatches } from '../domain/claim-changes';
import { DESK_ID_PREFIX } from '../past-checks/desk-checks';
import type { MatchSnapshot } from './archive-matcher';

/** The longest the counts hold the event loop before letting other calls in (one claim's match may take longer). */
const SLICE_MS = 8;

/** What a claim never matches: itself (as the desk's settled claim) and what the checker rejected. */
export function skippedFor(claim: Claim): Set<string> {
  const skip = rejectedMatches(claim);
  skip.add(`${DESK_ID_PREFIX}${claim.id}`);
  return skip;
}

const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * How many past fact-checks match each claim (up to the inspector's default list). A claim's count is
 * kept until the archive's index, the claim's words or its rejections change, so opening an article
 * again costs only the claims that changed.
 */
export class MatchCounts {
  private readonly cache = new Map<string, { key: string; count: number }>();

  async of(claims: readonly Claim[], snapshot: MatchSnapshot): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    let sliceStart = performance.now();
    for (const claim of claims) {
      const skip = skippedFor(claim);
      const key = `${snapshot.version}\u0000${claim.anchor.exact}\u0000${[...skip].join(',')}`;
      let entry = this.cache.get(claim.id);
      if (entry?.key !== key) {
        if (performance.now() - sliceStart >= SLICE_MS) {
          await yieldToOthers();
          sliceStart = performance.now();
        }
        entry = { key, count: snapshot.match(claim.anchor.exact, { top: PAST_MATCH_TOP.default, skip }).length };
        this.cache.set(claim.id, entry);
      }
      if (entry.count > 0) result[claim.id] = entry.count;
    }
    return result;
  }
}
