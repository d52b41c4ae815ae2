import type { SyncStatus } from '../../../shared/sync';
import { conflictsLabel, indicatorText } from './sync-indicator';

interface Props {
  status: SyncStatus | undefined;
  /** Why the state could not be read, if it could not. */
  failure?: string;
  now?: Date;
  /** Opens Settings → Desk (set up, sync now, what went wrong). */
  onOpenDesk: () => void;
  onShowConflicts: () => void;
}

/** The desk's sync at a glance, always in view: its state in words, and the conflicts waiting for an editor. */
export function SyncIndicator({ status, failure, now = new Date(), onOpenDesk, onShowConflicts }: Props) {
  if (!status) {
    return (
      <span className="sync-state tone-off" title={failure}>
        <span className="sync-dot" aria-hidden />
        {failure ? 'Sync state unknown' : 'Sync…'}
      </span>
    );
  }
  const text = indicatorText(status, now);
  return (
    <>
      <button
        type="button"
        className={`sync-state tone-${text.tone}`}
        onClick={onOpenDesk}
        title={`${text.detail} Click for the desk settings.`}
        aria-describedby="sync-detail"
      >
        <span className="sync-dot" aria-hidden />
        <span aria-live="polite">{text.label}</span>
      </button>
      <span id="sync-detail" hidden>
        {text.detail}
      </span>
      {status.state === 'off' ? (
        <button type="button" className="link-button sync-setup" onClick={onOpenDesk}>
          Set up a desk…
        </button>
      ) : null}
      {status.conflicts > 0 ? (
        <button
          type="button"
          className="sync-conflicts"
          onClick={onShowConflicts}
          title="The same field was changed on two machines: choose the value to keep"
        >
          <span className="conflict-mark" aria-hidden>
            !
          </span>
          {conflictsLabel(status.conflicts)}
        </button>
      ) : null}
    </>
  );
}
