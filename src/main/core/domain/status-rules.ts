import { STATUS_LABELS } from '../../../shared/labels';
import type { Claim, ClaimStatus } from '../../../shared/model';

/**
 * What a claim must have before it may carry a status. Enforced in the core so that every transport
 * (the UI, the HTTP host, the CLI) obeys the same rules; the sentence returned is shown to the editor.
 * Returns null when the status is allowed.
 */
export function statusRefusal(claim: Claim, status: ClaimStatus, note?: string): string | null {
  const has = (relation: 'supports' | 'contradicts'): boolean => claim.evidence.some((e) => e.relation === relation);
  const explained = Boolean(note?.trim() || claim.notes.trim());
  switch (status) {
    case 'verified':
      return has('supports')
        ? null
        : 'A claim can be marked Verified only when at least one linked source supports it. Link a supporting source first.';
    case 'false':
    case 'disputed':
      return has('contradicts') || explained
        ? null
        : `A claim can be marked ${STATUS_LABELS[status]} only with a contradicting source or a note saying why. Link a contradicting source or write a note first.`;
    case 'needs-recheck':
      return 'Needs re-check is set by the workbench (after a revision, or when a cited source changes); choose the status the claim has now instead.';
    default:
      return null;
  }
}

/**
 * Whether the claim's evidence still backs the status it has; used after evidence is removed or a
 * source deleted, when a settled claim may have lost what allowed its status.
 */
export function statusStillBacked(claim: Claim): boolean {
  if (claim.status === 'needs-recheck') return true;
  const setBy = claim.history.findLast((e) => e.change === 'status' && e.to === claim.status);
  return statusRefusal(claim, claim.status, setBy?.note) === null;
}
