import { SNAPSHOT_REASON_LABELS, type BackupInfo } from '../../../shared/backups';

const two = (n: number): string => String(n).padStart(2, '0');

/** How a backup is named in sentences for the editor: local time to the minute, and its reason. */
export function describeBackup(backup: Pick<BackupInfo, 'time' | 'reason'>): string {
  const t = new Date(backup.time);
  const when = `${t.getFullYear()}-${two(t.getMonth() + 1)}-${two(t.getDate())} ${two(t.getHours())}:${two(t.getMinutes())}`;
  return `${when} (“${SNAPSHOT_REASON_LABELS[backup.reason]}”)`;
}
