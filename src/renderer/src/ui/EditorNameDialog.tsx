import { useState, type FormEvent } from 'react';
import { Dialog } from './Dialog';

interface Props {
  current: string;
  onSave: (name: string) => void;
  onCancel: () => void;
}

/** Who is checking: the name recorded in every history entry. */
export function EditorNameDialog({ current, onSave, onCancel }: Props) {
  const [name, setName] = useState(current);
  function submit(event: FormEvent): void {
    event.preventDefault();
    if (name.trim()) onSave(name.trim());
  }
  return (
    <Dialog title="Your name" onClose={onCancel}>
      <form className="form" onSubmit={submit}>
        <label>
          As it should appear in claim histories
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} autoFocus />
        </label>
        <div className="form-actions">
          <span className="spacer" />
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={name.trim() === ''}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
