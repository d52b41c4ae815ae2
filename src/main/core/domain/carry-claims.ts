import type { Article, CarriedCounts, Claim, Comparison, Version } from '../../../shared/model';
import { anchorSpan } from './anchor';
import { flagForRecheck, recordAnchor, sortClaims, type Actor } from './claim-changes';
import { compareTexts } from './compare/compare';
import { reanchorClaims, type Reanchored } from './reanchor';

/** Puts one claim where the re-anchoring found it in `next`, and records what happened to it. */
function applyReanchored(claim: Claim, result: Reanchored, next: Version, actor: Actor): void {
  claim.anchorState = result.state;
  delete claim.anchorConfidence;
  if (result.start === null || result.end === null) {
    recordAnchor(claim, actor, claim.anchor.exact, '', `Not found in version ${next.n}; re-attach it to the new text.`);
    flagForRecheck(claim, actor, `The claim's passage was not found in version ${next.n}.`);
    return;
  }
  const before = claim.anchor.exact;
  claim.anchor = anchorSpan(next.text, next.n, result.start, result.end);
  if (result.state === 'moved') recordAnchor(claim, actor, before, claim.anchor.exact, `Moved in version ${next.n}.`);
  if (result.state === 'edited') {
    claim.anchorConfidence = result.confidence;
    recordAnchor(
      claim,
      actor,
      before,
      claim.anchor.exact,
      `Wording changed in version ${next.n} (match ${Math.round(result.confidence * 100)}%).`,
    );
    flagForRecheck(claim, actor, `The claim's wording changed in version ${next.n}.`);
  }
}

/**
 * Re-anchors every claim of the article's current version onto `next` (about to become current),
 * records what happened to each in its history, and notes on `next` what changed and how the claims
 * fared. Claims orphaned earlier are left as they are. `comparison` (previous → next), when given, was
 * computed beforehand, off the event loop for a long draft.
 */
export function carryClaims(
  article: Article,
  previous: Version,
  next: Version,
  actor: Actor,
  comparison: Comparison = compareTexts(previous.text, next.text),
): void {
  const counts: CarriedCounts = { current: 0, moved: 0, edited: 0, orphaned: 0 };
  const live = article.claims.filter((c) => c.anchor.version === previous.n);
  const { changes, stats } = comparison;
  const results = reanchorClaims(
    next.text,
    changes,
    live.map((c) => ({ id: c.id, ...c.anchor })),
  );
  results.forEach((result, i) => {
    counts[result.state]++;
    applyReanchored(live[i]!, result, next, actor);
  });
  sortClaims(article);
  next.carried = counts;
  next.changes = stats;
}

/**
 * Carries one claim anchored in an earlier version onto each later one in turn, as those versions
 * carried the article's claims when they came (a claim back from the trash). `compare` gives the
 * comparison of two versions' texts. It stops where the claim is lost: an orphan stays as it is.
 */
export function carryClaimForward(
  claim: Claim,
  versions: readonly Version[],
  actor: Actor,
  compare: (previous: Version, next: Version) => Comparison,
): void {
  for (const next of versions) {
    if (claim.anchorState === 'orphaned' || next.n <= claim.anchor.version) continue;
    const previous = versions.find((v) => v.n === claim.anchor.version);
    if (!previous) return;
    const [result] = reanchorClaims(next.text, compare(previous, next).changes, [{ id: claim.id, ...claim.anchor }]);
    if (result) applyReanchored(claim, result, next, actor);
  }
}
