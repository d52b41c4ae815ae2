import { useState } from 'react';
import { KIND_LABELS, STATUS_LABELS } from '../../../shared/labels';
import { CLAIM_KINDS, CLAIM_STATUSES } from '../../../shared/model';
import type { SyncConflict } from '../../../shared/sync';
import { fieldLabel, isLongField, valueLabel } from './conflict-text';
import { momentText } from './sync-indicator';

interface Props {
  conflicts: readonly SyncConflict[];
  now?: Date;
  /** Resolves null when the core settled the conflict, else the sentence saying why it did not. */
  onResolve: (conflict: SyncConflict, value: string) => Promise<string | null>;
}

const OWN = -1;

/** Editing a value by hand: a status or kind from its list, notes in a text area, the rest on a line. */
function OwnValue({ field, value, onChange }: { field: string; value: string; onChange: (value: string) => void }) {
  const label = `Your value for ${fieldLabel(field).toLowerCase()}`;
  if (field === 'status' || field === 'kind') {
    const options = field === 'status' ? CLAIM_STATUSES : CLAIM_KINDS;
    const labels: Record<string, string> = field === 'status' ? STATUS_LABELS : KIND_LABELS;
    return (
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {labels[o]}
          </option>
        ))}
      </select>
    );
  }
  return isLongField(field) ? (
    <textarea aria-label={label} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <input aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
  );
}

function OneConflict({ conflict, now, onResolve }: { conflict: SyncConflict } & Omit<Props, 'conflicts'>) {
  const [choice, setChoice] = useState<number | null>(null);
  const [own, setOwn] = useState(conflict.values[0]?.value ?? '');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const field = fieldLabel(conflict.field);
  const value = choice === OWN ? own : choice === null ? null : conflict.values[choice]!.value;

  async function resolve(): Promise<void> {
    if (value === null) return;
    setBusy(true);
    const refused = await onResolve(conflict, value);
    setBusy(false);
    setRefusal(refused);
  }

  return (
    <section className="conflict-panel" aria-label={`Conflict: ${field}`}>
      <h3>
        <span className="conflict-badge">Conflict</span> {field} was changed on {conflict.values.length} machines
      </h3>
      <fieldset className="conflict-choices">
        <legend>Keep which value?</legend>
        {conflict.values.map((v, i) => (
          <label key={`${v.by}-${v.at}-${i}`} className="conflict-choice">
            <input type="radio" name={`conflict-${conflict.id}`} checked={choice === i} onChange={() => setChoice(i)} />
            <span className="conflict-value">{valueLabel(conflict.field, v.value)}</span>
            <span className="conflict-who">
              {v.by}
              {v.machine ? ` on ${v.machine}` : ''} · <time dateTime={v.at}>{momentText(v.at, now ?? new Date())}</time>
            </span>
          </label>
        ))}
        <label className="conflict-choice">
          <input
            type="radio"
            name={`conflict-${conflict.id}`}
            checked={choice === OWN}
            onChange={() => setChoice(OWN)}
          />
          <span className="conflict-value">Something else</span>
        </label>
        {choice === OWN ? <OwnValue field={conflict.field} value={own} onChange={setOwn} /> : null}
      </fieldset>
      <div className="form-actions">
        <button
          type="button"
          className="button primary small"
          disabled={value === null || busy}
          onClick={() => void resolve()}
        >
          {busy ? 'Resolving…' : 'Resolve'}
        </button>
        <span className="muted">{value === null ? 'Choose a value first.' : 'The choice is kept in the history.'}</span>
      </div>
      {refusal ? (
        <p className="rule-note" role="alert">
          {refusal}
        </p>
      ) : null}
    </section>
  );
}

/** In the inspector: each field of the claim changed on two machines, with who, where and when, to settle. */
export function ConflictPanel({ conflicts, now, onResolve }: Props) {
  return (
    <div className="conflict-panels">
      {conflicts.map((c) => (
        <OneConflict key={c.id} conflict={c} onResolve={onResolve} {...(now ? { now } : {})} />
      ))}
    </div>
  );
}
