import { KIND_LABELS } from '../../../shared/labels';
import { CLAIM_KINDS, type ClaimKind } from '../../../shared/model';

/** The kind of a claim, as a labelled select (in the inspector and for a suggestion). */
export function KindSelect({ value, onChange }: { value: ClaimKind; onChange: (kind: ClaimKind) => void }) {
  return (
    <label>
      Kind
      <select value={value} onChange={(e) => onChange(e.target.value as ClaimKind)}>
        {CLAIM_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
    </label>
  );
}
