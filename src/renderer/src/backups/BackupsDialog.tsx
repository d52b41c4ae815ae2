import { useCallback, useEffect, useState } from 'react';
import { SNAPSHOT_REASON_LABELS, type BackupInfo } from '../../../shared/backups';
import { ApiCallError, call } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { formatArticleCount, formatBackupTime, formatBytes } from './backup-format';
import './backups.css';
import { CloseFooter } from '../ui/CloseFooter';

interface Props {
  onClose: () => void;
  /** After a restore, the workbench reads the library and the open article again. */
  onRestored: () => Promise<unknown>;
}

type Busy = 'create' | 'restore' | null;

const asCallError = (error: unknown): ApiCallError =>
  error instanceof ApiCallError ? error : new ApiCallError('INTERNAL', String(error));

/** The snapshots of the data folder: back up now, or restore one (the current state is backed up first). */
export function BackupsDialog({ onClose, onRestored }: Props) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);

  const refresh = useCallback(
    () =>
      call('backups.list', {}).then(setBackups, (e: unknown) => {
        setBackups((shown) => shown ?? []);
        setError(asCallError(e));
      }),
    [],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function run(kind: Busy, work: () => Promise<string>): Promise<void> {
    setBusy(kind);
    setDone(null);
    setError(null);
    try {
      setDone(await work());
    } catch (e) {
      setError(asCallError(e));
    } finally {
      setBusy(null);
      setConfirming(null);
      await refresh();
    }
  }

  const backUpNow = (): Promise<void> =>
    run('create', async () => {
      const made = await call('backups.create', {});
      return `Backed up ${formatArticleCount(made.articleCount)} at ${formatBackupTime(made.time)}.`;
    });

  const restore = (backup: BackupInfo): Promise<void> =>
    run('restore', async () => {
      const { undo } = await call('backups.restore', { id: backup.id });
      await onRestored();
      return `Restored the backup of ${formatBackupTime(backup.time)}. What you had before is kept as “${SNAPSHOT_REASON_LABELS[undo.reason]}” of ${formatBackupTime(undo.time)}: restore that one to undo.`;
    });

  return (
    <Dialog title="Backups" onClose={onClose}>
      <p className="backups-intro">
        Snapshots of your articles, claims, sources and settings, kept in the data folder’s <code>backups</code> folder.
        One is taken when the workbench starts, every 15 minutes while you work, before a data upgrade and before a
        restore. The 3 newest are kept, and the newest of each of the last 10 days.
      </p>
      <div className="backups-actions">
        <button type="button" className="button primary" onClick={() => void backUpNow()} disabled={busy !== null}>
          {busy === 'create' ? 'Backing up…' : 'Back up now'}
        </button>
        {busy === 'restore' ? <span role="status">Restoring…</span> : null}
      </div>
      {done ? (
        <div className="backups-done" role="status">
          {done}
        </div>
      ) : null}
      {error ? (
        <div className="import-error" role="alert" title={`Code: ${error.code}`}>
          {error.message}
        </div>
      ) : null}
      {confirming ? (
        <div className="backups-confirm" role="group" aria-label="Confirm the restore">
          <p>
            Restore the backup of <strong>{formatBackupTime(confirming.time)}</strong> (
            {SNAPSHOT_REASON_LABELS[confirming.reason]}, {formatArticleCount(confirming.articleCount)})? Articles,
            claims, sources and settings go back to how they were then. What you have now is backed up first, as “Before
            a restore”, so you can undo this by restoring that backup.
          </p>
          <div className="form-actions">
            <span className="spacer" />
            <button type="button" className="button" onClick={() => setConfirming(null)} disabled={busy !== null}>
              Cancel
            </button>
            <button
              type="button"
              className="button primary"
              onClick={() => void restore(confirming)}
              disabled={busy !== null}
            >
              Restore this backup
            </button>
          </div>
        </div>
      ) : null}
      {backups === null ? (
        <p className="empty-hint">Reading the backups…</p>
      ) : backups.length === 0 ? (
        <p className="empty-hint">
          No backups yet. The first is taken at the next start, after 15 minutes of work, or now with Back up now.
        </p>
      ) : (
        <div className="backups-table-wrap">
          <table className="backups-table" aria-label="Backups">
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Why</th>
                <th scope="col" className="number">
                  Articles
                </th>
                <th scope="col" className="number">
                  Size
                </th>
                <th scope="col" className="action" aria-label="Restore" />
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.id} className={confirming?.id === backup.id ? 'confirming' : undefined}>
                  <td>
                    <time dateTime={backup.time}>{formatBackupTime(backup.time)}</time>
                  </td>
                  <td>{SNAPSHOT_REASON_LABELS[backup.reason]}</td>
                  <td className="number">{backup.articleCount}</td>
                  <td className="number">{formatBytes(backup.bytes)}</td>
                  <td className="action">
                    <button
                      type="button"
                      className="button small"
                      onClick={() => {
                        setDone(null);
                        setConfirming(backup);
                      }}
                      disabled={busy !== null}
                    >
                      Restore…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CloseFooter onClose={onClose} className="backups-footer" />
    </Dialog>
  );
}
