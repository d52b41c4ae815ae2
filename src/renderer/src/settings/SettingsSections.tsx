import type { ReactNode } from 'react';
import { STATUS_LABELS } from '../../../shared/labels';
import { FINAL_STATUSES, type ClaimStatus, type Settings } from '../../../shared/model';
import { DEFAULT_CLAIM_REVIEW, type VerdictStyle } from '../../../shared/report';
import { MAX_IMPORT_MB, type SettingsDraft } from './settings-draft';

/** What every section of the Settings dialog is given: the draft and a way to change it. */
export interface SectionProps {
  draft: SettingsDraft;
  change: (fields: Partial<SettingsDraft>) => void;
}

/** One section of the dialog: a titled group of fields. */
export function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="settings-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

export function YouSection({ draft, change }: SectionProps) {
  return (
    <SettingsSection title="You">
      <label>
        Your name, as it appears in claim histories
        <input value={draft.name} onChange={(e) => change({ name: e.target.value })} maxLength={120} autoFocus />
      </label>
    </SettingsSection>
  );
}

export function ImportSection({ draft, change }: SectionProps) {
  return (
    <SettingsSection title="Imports">
      <label>
        Largest file to import (MB, 1–{MAX_IMPORT_MB})
        <input
          type="number"
          min={1}
          max={MAX_IMPORT_MB}
          value={draft.limit}
          onChange={(e) => change({ limit: e.target.value })}
        />
      </label>
    </SettingsSection>
  );
}

export function SuggestionsSection({ draft, change, onReset }: SectionProps & { onReset?: () => void }) {
  return (
    <SettingsSection title="Suggestions">
      <div className="field-row">
        <label className="grow check">
          <input type="checkbox" checked={draft.learning} onChange={(e) => change({ learning: e.target.checked })} />
          Suggestions learn from this desk’s accepted, dismissed and hand-tagged claims
        </label>
        {onReset ? (
          <button type="button" className="button" onClick={onReset}>
            Reset to the shipped model
          </button>
        ) : null}
      </div>
    </SettingsSection>
  );
}

/** The organization and the verdicts the ClaimReview export publishes. */
export function ClaimReviewSection({ draft, change, settings }: SectionProps & { settings: Settings }) {
  const review = settings.claimReview ?? DEFAULT_CLAIM_REVIEW;
  const setVerdict = (status: ClaimStatus, verdict: VerdictStyle): void =>
    change({ verdicts: { ...draft.verdicts, [status]: verdict } });
  return (
    <SettingsSection title="Publishing verdicts (ClaimReview)">
      <div className="field-row">
        <label>
          Organization
          <input value={draft.organization} onChange={(e) => change({ organization: e.target.value })} />
        </label>
        <label>
          Organization URL
          <input
            value={draft.organizationUrl}
            onChange={(e) => change({ organizationUrl: e.target.value })}
            placeholder="https://"
          />
        </label>
      </div>
      <label>
        Published fact-check URL
        <input value={draft.url} onChange={(e) => change({ url: e.target.value })} placeholder="https://" />
      </label>
      {FINAL_STATUSES.map((status) => {
        const verdict = draft.verdicts[status];
        const label = verdict?.label ?? '';
        return (
          <div className="field-row" key={status}>
            <label className="grow">
              Verdict for “{STATUS_LABELS[status]}”
              <input value={label} onChange={(e) => setVerdict(status, { ...verdict, label: e.target.value })} />
            </label>
            <label>
              Rating ({review.worstRating}–{review.bestRating})
              <input
                type="number"
                min={review.worstRating}
                max={review.bestRating}
                value={verdict?.rating ?? ''}
                // An empty rating means the verdict has no number: ClaimReview then carries the label only.
                onChange={(e) =>
                  setVerdict(status, e.target.value === '' ? { label } : { label, rating: Number(e.target.value) })
                }
              />
            </label>
          </div>
        );
      })}
    </SettingsSection>
  );
}
