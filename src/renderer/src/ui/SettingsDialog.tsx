import { useState, type FormEvent } from 'react';
import type { ApiInput } from '../../../shared/api';
import type { Settings } from '../../../shared/model';
import { changesOf, draftOf, draftProblems, type SettingsDraft } from '../settings/settings-draft';
import {
  ClaimReviewSection,
  ImportSection,
  SettingsSection,
  SuggestionsSection,
  YouSection,
} from '../settings/SettingsSections';
import { Dialog } from './Dialog';

interface Props {
  settings: Settings;
  onSave: (changes: ApiInput<'settings.update'>) => void;
  onCancel: () => void;
  /** Opens the Backups screen (snapshots of the data folder, restore). */
  onOpenBackups?: () => void;
  /** Opens Settings → Desk (the hub this library syncs with, the desk's people). */
  onOpenDesk?: () => void;
  /** Forgets what the suggestions learnt from this desk. */
  onResetLearning?: () => void;
}

/**
 * Settings, one section a subject, in the order an editor needs them. A new subject is a section
 * component of its own (settings/SettingsSections.tsx) placed in this list; one that saves through
 * another method than settings.update (the desk's sync) saves itself and leaves the draft alone.
 */
export function SettingsDialog({ settings, onSave, onCancel, onOpenBackups, onOpenDesk, onResetLearning }: Props) {
  const [draft, setDraft] = useState(() => draftOf(settings));
  const change = (fields: Partial<SettingsDraft>): void => setDraft((d) => ({ ...d, ...fields }));
  const problems = draftProblems(draft);
  const blocked = Object.values(problems);

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (blocked.length === 0) onSave(changesOf(draft));
  }

  const sectionProps = { draft, change };
  return (
    <Dialog title="Settings" onClose={onCancel}>
      <form className="form settings-form" onSubmit={submit}>
        <YouSection {...sectionProps} />
        {onOpenDesk ? (
          <SettingsSection title="Desk">
            <p className="settings-hint">
              Share this library with your desk’s other machines through its hub (the address, your sign-in, Sync now),
              and keep the list of the desk’s members, to whom claims are assigned.{' '}
              <button type="button" className="button small" onClick={onOpenDesk}>
                Desk…
              </button>
            </p>
          </SettingsSection>
        ) : null}
        <ClaimReviewSection {...sectionProps} settings={settings} />
        <ImportSection {...sectionProps} />
        <SuggestionsSection {...sectionProps} {...(onResetLearning ? { onReset: onResetLearning } : {})} />
        {onOpenBackups ? (
          <SettingsSection title="Backups">
            <p className="settings-hint">
              Snapshots of the data folder, taken on their own and before risky changes; restore one from here.{' '}
              <button type="button" className="button small" onClick={onOpenBackups}>
                Backups…
              </button>
            </p>
          </SettingsSection>
        ) : null}
        {blocked.length > 0 ? (
          <p className="rule-note" role="alert">
            {blocked.join(' ')}
          </p>
        ) : null}
        <div className="form-actions">
          <span className="spacer" />
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={blocked.length > 0}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
