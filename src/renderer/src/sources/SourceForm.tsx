import { useState, type FormEvent } from 'react';
import type { SourceFields } from '../../../shared/api';
import { SOURCE_KINDS, type Source, type SourceKind } from '../../../shared/model';
import { SOURCE_KIND_LABELS } from '../../../shared/labels';

interface Props {
  onCreate: (fields: SourceFields) => Promise<Source | undefined>;
  onDone: (source: Source | null) => void;
}

const EMPTY = { title: '', url: '', author: '', publisher: '', date: '', notes: '' };

/** A new entry in the sources library (shared by every article). */
export function SourceForm({ onCreate, onDone }: Props) {
  const [kind, setKind] = useState<SourceKind>('document');
  const [fields, setFields] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    event.stopPropagation();
    const source = await onCreate({ kind, ...fields });
    if (source) onDone(source);
  }

  return (
    <form className="form source-form" aria-label="New source" onSubmit={(e) => void submit(e)}>
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
            autoFocus
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
      <label>
        Notes
        <textarea value={fields.notes} onChange={set('notes')} rows={2} />
      </label>
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={fields.title.trim() === ''}>
          Save source
        </button>
      </div>
    </form>
  );
}
