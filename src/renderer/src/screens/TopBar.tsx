import { useNavigate } from '../navigation/NavigationProvider';
import { useSettings } from '../settings/settings-queries';
import './top-bar.css';

/** Always on top, on every screen: who is checking, the keyboard shortcuts and the settings. */
export function TopBar() {
  const navigate = useNavigate();
  const settings = useSettings();
  return (
    <header className="top-bar">
      <span className="app-name">Fact-Check Workbench</span>
      <span className="spacer" />
      {settings ? (
        <span className="editor-name" title="Your name, recorded in every history entry (Settings → Your name)">
          Checking as <strong>{settings.editorName}</strong>
        </span>
      ) : null}
      <button
        type="button"
        className="top-bar-button"
        title="Keyboard shortcuts (?)"
        onClick={() => navigate({ type: 'dialog', dialog: 'shortcuts' })}
      >
        Keyboard <kbd>?</kbd>
      </button>
      <button
        type="button"
        className="top-bar-button"
        title="Your name, your organization, ClaimReview, imports, backups, the desk (Ctrl+,)"
        onClick={() => navigate({ type: 'dialog', dialog: 'settings' })}
      >
        <span aria-hidden>⚙</span> Settings
      </button>
    </header>
  );
}
