import { KIND_LABELS } from '../../../shared/labels';
import { CLAIM_KINDS, type ClaimKind } from '../../../shared/model';

interface Props {
  value: ClaimKind;
  onChange: (kind: ClaimKind) => void;
  /** The id of what describes the select (whether its change was saved). */
  describedBy?: string;
}

/** The kind of a claim, as a labelled select (in the inspector and for a suggestion). */
export function KindSelect({ value, onChange, describedBy }: Props) {
  return (
    <label>
      Kind
      <select value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value as ClaimKind)}>
        {CLAIM_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
    </label>
  );
}
