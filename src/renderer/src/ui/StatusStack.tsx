import { STATUS_LABELS } from '../../../shared/labels';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../shared/model';

interface Props {
  counts: Partial<Record<ClaimStatus, number>>;
  total: number;
  /** Thin in lists, taller in headers. */
  size?: 'thin' | 'tall';
}

/** One bar split by status, in legend order and colours; its label reads the counts out. */
export function StatusStack({ counts, total, size = 'thin' }: Props) {
  const parts = CLAIM_STATUSES.filter((s) => (counts[s] ?? 0) > 0);
  const label =
    total === 0 ? 'No claims' : parts.map((s) => `${counts[s]} ${STATUS_LABELS[s].toLowerCase()}`).join(', ');
  return (
    <span className={`status-stack ${size}`} role="img" aria-label={label} title={label}>
      {parts.map((s) => (
        <span key={s} className={`status-stack-part status-${s}`} style={{ flexGrow: counts[s] }} />
      ))}
    </span>
  );
}
