import { CLAIM_STATUSES } from '../../../shared/model';
import { STATUS_LABELS } from '../../../shared/labels';

export function StatusLegend() {
  return (
    <ul className="legend" aria-label="Status colours">
      {CLAIM_STATUSES.map((s, i) => (
        <li key={s} title={`Press ${i + 1} to set`}>
          <span className={`swatch status-${s}`} />
          {STATUS_LABELS[s]}
        </li>
      ))}
    </ul>
  );
}
