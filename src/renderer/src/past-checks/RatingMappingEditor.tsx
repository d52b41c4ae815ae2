import { useState } from 'react';
import { STATUS_LABELS } from '../../../shared/labels';
import { SETTLED_STATUSES, type SettledStatus } from '../../../shared/past-checks';
import { useUpdateMapping } from './past-check-mutations';
import { useRatingMapping } from './past-check-queries';

function StatusSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: SettledStatus;
  onChange: (status: SettledStatus) => void;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as SettledStatus)}>
      {SETTLED_STATUSES.map((status) => (
        <option key={status} value={status}>
          {STATUS_LABELS[status]}
        </option>
      ))}
    </select>
  );
}

/**
 * Which fact-checkers' rating label means which workbench status. Labels in the archive that no
 * entry maps come first; every change re-reads the archive's statuses at once.
 */
export function RatingMappingEditor() {
  const mapping = useRatingMapping().data;
  const update = useUpdateMapping();
  const [newLabel, setNewLabel] = useState('');
  const [newStatus, setNewStatus] = useState<SettledStatus>('disputed');
  if (!mapping) return <p className="empty-hint">Reading the rating mapping…</p>;
  const set = (label: string, status: SettledStatus) => update.mutate({ set: [{ label, status }] });
  const entries = [...mapping.entries].sort((a, b) => a.label.localeCompare(b.label));
  return (
    <section className="rating-mapping" aria-label="Rating mapping">
      <h2>Rating mapping</h2>
      <p className="hint">
        Each fact-checker’s rating is kept as published; this says which status it counts as. A label not listed here
        takes its number on the rating’s scale, else the fallback.
      </p>
      <label className="mapping-row">
        <span>Fallback</span>
        <StatusSelect
          label="Fallback status"
          value={mapping.fallback}
          onChange={(fallback) => update.mutate({ fallback })}
        />
      </label>
      {mapping.unmapped.length > 0 ? (
        <>
          <h3>Labels in the archive that take the fallback</h3>
          <ul className="mapping-list" aria-label="Unmapped labels">
            {mapping.unmapped.map(({ label, count }) => (
              <li key={label} className="mapping-row">
                <span>
                  {label} <span className="muted">({count})</span>
                </span>
                <select
                  aria-label={`Status for ${label}`}
                  value=""
                  onChange={(e) => set(label, e.target.value as SettledStatus)}
                >
                  <option value="" disabled>
                    Choose…
                  </option>
                  {SETTLED_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {STATUS_LABELS[status]}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form
        className="mapping-row mapping-add"
        aria-label="Map a label"
        onSubmit={(e) => {
          e.preventDefault();
          if (newLabel.trim()) update.mutate({ set: [{ label: newLabel.trim(), status: newStatus }] });
          setNewLabel('');
        }}
      >
        <input
          value={newLabel}
          placeholder="Another label, e.g. Needs context"
          aria-label="New label"
          onChange={(e) => setNewLabel(e.target.value)}
        />
        <StatusSelect label="New label's status" value={newStatus} onChange={setNewStatus} />
        <button type="submit" className="button small">
          Map
        </button>
      </form>
      <h3>Labels</h3>
      <ul className="mapping-list" aria-label="Mapped labels">
        {entries.map((entry) => (
          <li key={entry.label} className="mapping-row">
            <span>
              {entry.label}
              {entry.builtIn ? null : <span className="muted"> (changed)</span>}
            </span>
            <StatusSelect
              label={`Status for ${entry.label}`}
              value={entry.status}
              onChange={(s) => set(entry.label, s)}
            />
            {entry.builtIn ? null : (
              <button
                type="button"
                className="link-button"
                aria-label={`Reset ${entry.label}`}
                onClick={() => update.mutate({ reset: [entry.label] })}
              >
                Reset
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
