import { useState, type FormEvent } from 'react';
import type { SourceFields } from '../../../shared/api';
import {
  SOURCE_KINDS,
  SOURCE_RELIABILITY,
  type Source,
  type SourceKind,
  type SourceReliability,
} from '../../../shared/model';
import { RELIABILITY_LABELS, SOURCE_KIND_LABELS } from '../../../shared/labels';

interface Props {
  /** The source being edited; a new one when absent. */
  initial?: Source;
  onSubmit: (fields: SourceFields) => Promise<Source | undefined>;
  onDone: (source: Source | null) => void;
  /** Every field, as in the sources library; the inspector's quick form leaves the rarer ones out. */
  full?: boolean;
}

type TextFields = Record<
  'title' | 'url' | 'author' | 'publisher' | 'date' | 'accessedAt' | 'citation' | 'notes',
  string
>;

function textFieldsOf(source?: Source): TextFields {
  return {
    title: source?.title ?? '',
    url: source?.url ?? '',
    author: source?.author ?? '',
    publisher: source?.publisher ?? '',
    date: source?.date ?? '',
    accessedAt: source?.accessedAt ?? '',
    citation: source?.citation ?? '',
    notes: source?.notes ?? '',
  };
}

/** An entry of the sources library (shared by every article): new, or edited in place. */
export function SourceForm({ initial, onSubmit, onDone, full = Boolean(initial) }: Props) {
  const [kind, setKind] = useState<SourceKind>(initial?.kind ?? 'document');
  const [reliability, setReliability] = useState<SourceReliability | ''>(initial?.reliability ?? '');
  const [fields, setFields] = useState(() => textFieldsOf(initial));
  const set = (key: keyof TextFields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    event.stopPropagation();
    const source = await onSubmit({ kind, reliability, ...fields });
    if (source) onDone(source);
  }

  return (
    <form
      className="form source-form"
      aria-label={initial ? 'Edit source' : 'New source'}
      onSubmit={(e) => void submit(e)}
    >
      <div className="field-row">
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {SOURCE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          Title
          <input
            value={fields.title}
            onChange={set('title')}
            required
            placeholder="e.g. Council budget packet, FY2025"
            autoFocus={!initial}
          />
        </label>
      </div>
      <label>
        URL
        <input value={fields.url} onChange={set('url')} type="url" placeholder="https://…" />
      </label>
      <div className="field-row">
        <label>
          Author
          <input value={fields.author} onChange={set('author')} />
        </label>
        <label>
          Publisher
          <input value={fields.publisher} onChange={set('publisher')} />
        </label>
        <label>
          Date
          <input value={fields.date} onChange={set('date')} placeholder="2025-10-14" />
        </label>
      </div>
      {full ? (
        <div className="field-row">
          <label>
            Accessed
            <input value={fields.accessedAt} onChange={set('accessedAt')} placeholder="2025-11-02" />
          </label>
          <label className="grow">
            Full citation (optional)
            <input value={fields.citation} onChange={set('citation')} placeholder="As your house style writes it" />
          </label>
        </div>
      ) : null}
      <label>
        Reliability
        <select value={reliability} onChange={(e) => setReliability(e.target.value as SourceReliability | '')}>
          <option value="">Not rated</option>
          {SOURCE_RELIABILITY.map((r) => (
            <option key={r} value={r}>
              {RELIABILITY_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Notes
        <textarea value={fields.notes} onChange={set('notes')} rows={initial ? 4 : 2} />
      </label>
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={fields.title.trim() === ''}>
          {initial ? 'Save changes' : 'Save source'}
        </button>
      </div>
    </form>
  );
}
