import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiInput } from '../../../shared/api';
import type { SyncStatus } from '../../../shared/sync';
import { checkConnection, type DeskField, type DeskRefusal } from './desk-refusal';
import { indicatorText } from './sync-indicator';

interface Props {
  status: SyncStatus;
  /** Resolves null when connected (or disconnected, with an empty address), else where and why it was refused. */
  onConfigure: (input: ApiInput<'sync.configure'>) => Promise<DeskRefusal | null>;
  onSyncNow: () => void;
  syncing: boolean;
}

/** One field with its hint, and the refusal that concerns it in place of the hint. */
function Field(props: { id: string; label: string; hint?: ReactNode; refusal: string | null; children: ReactNode }) {
  return (
    <div className="desk-field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.refusal ? (
        <p className="field-refusal" role="alert" id={`${props.id}-note`}>
          {props.refusal}
        </p>
      ) : props.hint ? (
        <p className="field-hint" id={`${props.id}-note`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** The hub this machine syncs with and how it signs in; the password is written, never shown. */
export function DeskConnectionForm({ status, onConfigure, onSyncNow, syncing }: Props) {
  const connected = status.state !== 'off';
  const [url, setUrl] = useState(status.url ?? '');
  const [user, setUser] = useState(status.user ?? '');
  const [password, setPassword] = useState('');
  const [fingerprint, setFingerprint] = useState(status.fingerprint ?? '');
  const [refusal, setRefusal] = useState<DeskRefusal | null>(null);
  const [busy, setBusy] = useState(false);
  const refused = (field: DeskField): string | null => (refusal?.field === field ? refusal.message : null);
  const described = (field: DeskField) => ({
    'aria-describedby': `desk-${field}-note`,
    'aria-invalid': !!refused(field),
  });
  const text = indicatorText(status, new Date());

  async function configure(input: ApiInput<'sync.configure'>): Promise<void> {
    setBusy(true);
    const answer = await onConfigure(input);
    setBusy(false);
    setRefusal(answer);
    if (!answer) setPassword('');
  }

  function connect(event: FormEvent): void {
    event.preventDefault();
    const early = checkConnection(url, fingerprint);
    if (early) {
      setRefusal(early);
      return;
    }
    void configure({
      url: url.trim(),
      ...(user.trim() ? { user: user.trim() } : {}),
      ...(password ? { password } : {}),
      ...(fingerprint.trim() ? { fingerprint: fingerprint.trim() } : {}),
    });
  }

  return (
    <form className="form desk-connection" onSubmit={connect} aria-label="Desk hub">
      <p className={`desk-state tone-${text.tone}`}>
        <span className="sync-dot" aria-hidden />
        <span>
          <strong>{text.label}</strong> — {text.detail}
        </span>
      </p>
      <Field
        id="desk-url"
        label="Hub address"
        refusal={refused('url')}
        hint="https:// for a hub on another machine; http:// only for a hub on this machine (127.0.0.1)."
      >
        <input
          id="desk-url"
          value={url}
          placeholder="https://hub.example:6984/desk"
          spellCheck={false}
          onChange={(e) => setUrl(e.target.value)}
          {...described('url')}
        />
      </Field>
      <div className="field-row">
        <Field id="desk-user" label="User name" refusal={refused('user')}>
          <input
            id="desk-user"
            value={user}
            autoComplete="username"
            onChange={(e) => setUser(e.target.value)}
            {...described('user')}
          />
        </Field>
        <Field
          id="desk-password"
          label="Password"
          refusal={refused('password')}
          hint={status.passwordSaved ? 'Password saved. Type a new one to replace it.' : 'Kept on this machine only.'}
        >
          <input
            id="desk-password"
            type="password"
            value={password}
            autoComplete="current-password"
            placeholder={status.passwordSaved ? 'Password saved' : ''}
            onChange={(e) => setPassword(e.target.value)}
            {...described('password')}
          />
        </Field>
      </div>
      <Field
        id="desk-fingerprint"
        label="Hub certificate fingerprint (SHA-256)"
        refusal={refused('fingerprint')}
        hint={
          status.fingerprint
            ? 'Pinned on first connection. Compare it with the one the hub printed when it started.'
            : 'Optional. Paste the one the hub printed when it started; left empty, the first one seen is pinned.'
        }
      >
        <input
          id="desk-fingerprint"
          className="fingerprint"
          value={fingerprint}
          spellCheck={false}
          placeholder="AB:12:…"
          onChange={(e) => setFingerprint(e.target.value)}
          {...described('fingerprint')}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Connecting…' : connected ? 'Save and reconnect' : 'Connect'}
        </button>
        {connected ? (
          <>
            <button type="button" className="button" disabled={syncing || busy} onClick={onSyncNow}>
              {syncing ? 'Syncing…' : 'Sync now'}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void configure({ url: '' })}>
              Disconnect
            </button>
          </>
        ) : null}
        <span className="spacer" />
        <span className="muted">This machine: {status.machine}</span>
      </div>
    </form>
  );
}
