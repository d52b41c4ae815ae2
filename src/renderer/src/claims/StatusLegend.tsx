import { CLAIM_STATUSES, EDITOR_STATUSES, type ClaimStatus } from '../../../shared/model';
import { STATUS_LABELS } from '../../../shared/labels';

function keyTitle(status: ClaimStatus): string {
  const key = EDITOR_STATUSES.indexOf(status) + 1;
  return key > 0 ? `Press ${key} to set` : 'Set by the workbench after a revision or a change to a cited source';
}

export function StatusLegend() {
  return (
    <ul className="legend" aria-label="Status colours">
      {CLAIM_STATUSES.map((s) => (
        <li key={s} title={keyTitle(s)}>
          <span className={`swatch status-${s}`} />
          {STATUS_LABELS[s]}
        </li>
      ))}
    </ul>
  );
}
