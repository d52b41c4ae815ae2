import { useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/limits';
import type { Claim } from '../../../shared/model';
import { Dialog } from '../ui/Dialog';
import './trash.css';

interface Props {
  claim: Claim;
  onDelete: (reason: string) => void;
  onCancel: () => void;
}

/** Asks before a claim goes to the article's trash, and for the reason kept with it. */
export function DeleteClaimDialog({ claim, onDelete, onCancel }: Props) {
  const [reason, setReason] = useState('');
  function submit(event: FormEvent): void {
    event.preventDefault();
    onDelete(reason);
  }
  return (
    <Dialog title="Delete this claim?" onClose={onCancel}>
      <form className="form" onSubmit={submit}>
        <blockquote className={`trash-quote status-${claim.status}`}>{claim.anchor.exact}</blockquote>
        <p className="dialog-lead">
          The claim goes to the article’s trash with its evidence and its whole history: nothing is erased. You can
          restore it from <strong>Article ▾ → Article trash</strong>.
        </p>
        <label>
          Reason (optional, kept in the history)
          <input
            value={reason}
            maxLength={LIMITS.notesChars}
            placeholder="e.g. Tagged twice; not a factual claim"
            autoFocus
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <div className="form-actions">
          <span className="spacer" />
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button danger">
            Move to the trash
          </button>
        </div>
      </form>
    </Dialog>
  );
}
