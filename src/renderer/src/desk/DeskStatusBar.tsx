import { useNavigate } from '../navigation/NavigationProvider';
import { DESK_CONFLICTS_ID, requestFocus } from './focus-request';
import { SyncIndicator } from './SyncIndicator';
import { useSyncStatus } from './sync-queries';
import './conflicts.css';
import './desk.css';

/** The bar along the window's foot: the desk's sync state and its conflicts, on every screen. */
export function DeskStatusBar() {
  const navigate = useNavigate();
  const status = useSyncStatus();
  const hub = status.data?.state !== 'off' ? status.data?.url : undefined;
  return (
    <footer className="desk-bar" aria-label="Desk sync">
      <SyncIndicator
        status={status.data}
        {...(status.error ? { failure: status.error.message } : {})}
        onOpenDesk={() => navigate({ type: 'dialog', dialog: 'desk' })}
        onShowConflicts={() => {
          navigate({ type: 'close-article' });
          requestFocus(DESK_CONFLICTS_ID);
        }}
      />
      <span className="spacer" />
      {hub ? (
        <span className="desk-bar-where">
          {status.data?.user ? `${status.data.user} · ` : ''}
          {hub}
        </span>
      ) : null}
      {status.data ? <span className="desk-bar-where">This machine: {status.data.machine}</span> : null}
    </footer>
  );
}
