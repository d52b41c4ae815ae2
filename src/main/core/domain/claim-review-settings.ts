import { STATUS_LABELS } from '../../../shared/labels';
import type { ClaimStatus } from '../../../shared/model';
import { DEFAULT_CLAIM_REVIEW, type ClaimReviewChange, type ClaimReviewSettings } from '../../../shared/report';
import { AppError } from '../app-error';

const TEXT_FIELDS = ['organizationName', 'organizationUrl', 'url'] as const;

/**
 * The ClaimReview settings after a partial change (see ClaimReviewChange); refused with
 * INVALID_INPUT when the scale would not hold: worst below best, every rating on it.
 */
export function mergeClaimReview(
  current: ClaimReviewSettings | undefined,
  change: ClaimReviewChange,
): ClaimReviewSettings {
  const merged = structuredClone(current ?? DEFAULT_CLAIM_REVIEW);
  for (const field of TEXT_FIELDS) {
    const value = change[field]?.trim();
    if (value === undefined) continue;
    if (value) merged[field] = value;
    else delete merged[field];
  }
  if (change.bestRating !== undefined) merged.bestRating = change.bestRating;
  if (change.worstRating !== undefined) merged.worstRating = change.worstRating;
  for (const [status, style] of Object.entries(change.verdicts ?? {}) as [
    ClaimStatus,
    { label: string; rating?: number },
  ][]) {
    const label = style.label.trim();
    if (!label) delete merged.verdicts[status];
    else merged.verdicts[status] = style.rating === undefined ? { label } : { label, rating: style.rating };
  }
  const { worstRating: worst, bestRating: best } = merged;
  if (worst >= best) {
    throw new AppError('INVALID_INPUT', `The worst rating (${worst}) must be below the best rating (${best}).`);
  }
  for (const [status, style] of Object.entries(merged.verdicts) as [ClaimStatus, { rating?: number }][]) {
    if (style.rating !== undefined && (style.rating < worst || style.rating > best)) {
      throw new AppError(
        'INVALID_INPUT',
        `The rating for “${STATUS_LABELS[status]}” (${style.rating}) is outside the scale ${worst}–${best}.`,
      );
    }
  }
  return merged;
}
