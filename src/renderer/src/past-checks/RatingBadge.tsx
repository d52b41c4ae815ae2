import { STATUS_LABELS } from '../../../shared/labels';
import type { PastCheck } from '../../../shared/past-checks';
import { mappedByText } from './past-check-text';

/** The rating as published and the status it counts as; the label only when it says more than the status. */
export function RatingBadge({ item }: { item: PastCheck }) {
  const status = STATUS_LABELS[item.rating.status];
  const sameWords = item.rating.label.trim().toLowerCase() === status.toLowerCase();
  return (
    <span className={`past-check-rating status-${item.rating.status}`} title={mappedByText(item)}>
      {sameWords ? null : <span className="rating-label">{item.rating.label}</span>}
      <span className="pill">{status}</span>
    </span>
  );
}
