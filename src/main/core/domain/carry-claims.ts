import type { Article, CarriedCounts, Comparison, Version } from '../../../shared/model';
import { anchorSpan } from './anchor';
import { flagForRecheck, recordAnchor, sortClaims, type Actor } from './claim-changes';
import { compareTexts } from './compare/compare';
import { reanchorClaims } from './reanchor';

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
    const claim = live[i]!;
    counts[result.state]++;
    claim.anchorState = result.state;
    delete claim.anchorConfidence;
    if (result.start === null || result.end === null) {
      recordAnchor(
        claim,
        actor,
        claim.anchor.exact,
        '',
        `Not found in version ${next.n}; re-attach it to the new text.`,
      );
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
  });
  sortClaims(article);
  next.carried = counts;
  next.changes = stats;
}
