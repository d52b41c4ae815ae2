import { useState, type FormEvent } from 'react';
import type { ApiInput } from '../../../shared/api';
import { LIMITS } from '../../../shared/limits';
import type { Settings } from '../../../shared/model';
import { Dialog } from './Dialog';

interface Props {
  settings: Settings;
  onSave: (changes: ApiInput<'settings.update'>) => void;
  onCancel: () => void;
}

const MB = 1024 * 1024;

/** Who is checking (the name in every history entry) and how large an imported file may be. */
export function SettingsDialog({ settings, onSave, onCancel }: Props) {
  const [name, setName] = useState(settings.editorName);
  const [limit, setLimit] = useState(String(settings.importLimitMb ?? LIMITS.importFileBytes / MB));
  const max = LIMITS.importFileBytesMax / MB;
  const limitValue = Number(limit);
  const limitOk = Number.isInteger(limitValue) && limitValue >= 1 && limitValue <= max;

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (name.trim() && limitOk) onSave({ editorName: name.trim(), importLimitMb: limitValue });
  }

  return (
    <Dialog title="Settings" onClose={onCancel}>
      <form className="form" onSubmit={submit}>
        <label>
          Your name, as it appears in claim histories
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} autoFocus />
        </label>
        <label>
          Largest file to import (MB, 1–{max})
          <input type="number" min={1} max={max} value={limit} onChange={(e) => setLimit(e.target.value)} />
        </label>
        <div className="form-actions">
          <span className="spacer" />
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={name.trim() === '' || !limitOk}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
