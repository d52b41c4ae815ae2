import { useState, type FormEvent } from 'react';
import type { ApiInput } from '../../../shared/api';
import { STATUS_LABELS } from '../../../shared/labels';
import { LIMITS } from '../../../shared/limits';
import { FINAL_STATUSES, type ClaimStatus, type Settings } from '../../../shared/model';
import { DEFAULT_CLAIM_REVIEW, type VerdictStyle } from '../../../shared/report';
import { Dialog } from './Dialog';

interface Props {
  settings: Settings;
  onSave: (changes: ApiInput<'settings.update'>) => void;
  onCancel: () => void;
  /** Opens the Backups screen (snapshots of the data folder, restore). */
  onOpenBackups?: () => void;
  /** Opens Settings → Desk (the hub, the desk's members). */
  onOpenDesk?: () => void;
  /** Forgets what the suggestions learnt from this desk. */
  onResetLearning?: () => void;
}

const MB = 1024 * 1024;

/** Who is checking, how large an import may be, and how verdicts are published (ClaimReview). */
export function SettingsDialog({ settings, onSave, onCancel, onOpenBackups, onOpenDesk, onResetLearning }: Props) {
  const review = settings.claimReview ?? DEFAULT_CLAIM_REVIEW;
  const [name, setName] = useState(settings.editorName);
  const [limit, setLimit] = useState(String(settings.importLimitMb ?? LIMITS.importFileBytes / MB));
  const [organization, setOrganization] = useState(review.organizationName ?? '');
  const [organizationUrl, setOrganizationUrl] = useState(review.organizationUrl ?? '');
  const [url, setUrl] = useState(review.url ?? '');
  const [verdicts, setVerdicts] = useState(review.verdicts);
  const [learning, setLearning] = useState(settings.deskLearning === true);
  const max = LIMITS.importFileBytesMax / MB;
  const limitValue = Number(limit);
  const limitOk = Number.isInteger(limitValue) && limitValue >= 1 && limitValue <= max;

  const setVerdict = (status: ClaimStatus, change: Partial<VerdictStyle>): void =>
    setVerdicts((all) => ({ ...all, [status]: { label: all[status]?.label ?? '', ...all[status], ...change } }));

  /** An empty rating means the verdict has no number: ClaimReview then carries the label only. */
  const setRating = (status: ClaimStatus, value: string): void =>
    setVerdicts((all) => {
      const label = all[status]?.label ?? '';
      return { ...all, [status]: value === '' ? { label } : { label, rating: Number(value) } };
    });

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!name.trim() || !limitOk) return;
    // Every field is sent: an empty one removes what was stored (an empty verdict label, that verdict).
    const shown = Object.fromEntries(FINAL_STATUSES.map((s) => [s, verdicts[s] ?? { label: '' }])) as typeof verdicts;
    onSave({
      editorName: name.trim(),
      importLimitMb: limitValue,
      deskLearning: learning,
      claimReview: {
        verdicts: shown,
        organizationName: organization.trim(),
        organizationUrl: organizationUrl.trim(),
        url: url.trim(),
      },
    });
  }

  return (
    <Dialog title="Settings" onClose={onCancel}>
      <form className="form settings-form" onSubmit={submit}>
        <label>
          Your name, as it appears in claim histories
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} autoFocus />
        </label>
        <label>
          Largest file to import (MB, 1–{max})
          <input type="number" min={1} max={max} value={limit} onChange={(e) => setLimit(e.target.value)} />
        </label>
        <div className="field-row">
          <label className="grow">
            <input type="checkbox" checked={learning} onChange={(e) => setLearning(e.target.checked)} /> Suggestions
            learn from this desk’s accepted, dismissed and hand-tagged claims
          </label>
          {onResetLearning ? (
            <button type="button" className="button" onClick={onResetLearning}>
              Reset to the shipped model
            </button>
          ) : null}
        </div>
        <fieldset>
          <legend>Publishing verdicts (ClaimReview)</legend>
          <div className="field-row">
            <label>
              Organization
              <input value={organization} onChange={(e) => setOrganization(e.target.value)} />
            </label>
            <label>
              Organization URL
              <input
                value={organizationUrl}
                onChange={(e) => setOrganizationUrl(e.target.value)}
                placeholder="https://"
              />
            </label>
          </div>
          <label>
            Published fact-check URL
            <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
          </label>
          {FINAL_STATUSES.map((status) => (
            <div className="field-row" key={status}>
              <label className="grow">
                Verdict for “{STATUS_LABELS[status]}”
                <input
                  value={verdicts[status]?.label ?? ''}
                  onChange={(e) => setVerdict(status, { label: e.target.value })}
                />
              </label>
              <label>
                Rating ({review.worstRating}–{review.bestRating})
                <input
                  type="number"
                  min={review.worstRating}
                  max={review.bestRating}
                  value={verdicts[status]?.rating ?? ''}
                  onChange={(e) => setRating(status, e.target.value)}
                />
              </label>
            </div>
          ))}
        </fieldset>
        <div className="form-actions">
          {onOpenBackups ? (
            <button type="button" className="button" onClick={onOpenBackups}>
              Backups…
            </button>
          ) : null}
          {onOpenDesk ? (
            <button type="button" className="button" onClick={onOpenDesk}>
              Desk…
            </button>
          ) : null}
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
