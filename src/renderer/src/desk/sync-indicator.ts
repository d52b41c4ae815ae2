import type { SyncStatus } from '../../../shared/sync';

/** How the indicator looks: one colour per kind of state. */
export type IndicatorTone = 'off' | 'ok' | 'waiting' | 'offline' | 'error';

export interface IndicatorText {
  tone: IndicatorTone;
  /** The words in the status bar. */
  label: string;
  /** The longer sentence, for the tooltip and screen readers. */
  detail: string;
}

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** A moment as the desk speaks of it: the time alone today, the date and time before. */
export function momentText(iso: string, now: Date): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  return sameDay
    ? at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** What the sync indicator says for one sync status (conflicts are shown beside it, on their own). */
export function indicatorText(status: SyncStatus, now: Date): IndicatorText {
  const hub = status.url ? ` with ${status.url}` : '';
  const last = status.lastSyncAt ? `Last synced ${momentText(status.lastSyncAt, now)}.` : 'Not synced yet.';
  const waiting = status.pending > 0 ? ` ${plural(status.pending, 'change', 'changes')} waiting to be sent.` : '';
  switch (status.state) {
    case 'off':
      return {
        tone: 'off',
        label: 'Sync off',
        detail: 'This library is on this machine only. Connect it to your desk’s hub to share it.',
      };
    case 'synced':
      return { tone: 'ok', label: 'Synced', detail: `Up to date${hub}. ${last}` };
    case 'pending':
      return status.pending > 0
        ? {
            tone: 'waiting',
            label: `${plural(status.pending, 'change', 'changes')} waiting`,
            detail: `Sending${hub}.${waiting} ${last}`,
          }
        : { tone: 'waiting', label: 'Syncing…', detail: `Exchanging changes${hub}. ${last}` };
    case 'offline':
      return {
        tone: 'offline',
        label: status.lastSyncAt ? `Offline since ${momentText(status.lastSyncAt, now)}` : 'Offline',
        detail: `${status.error ?? 'The hub cannot be reached.'} Your work is kept on this machine and sent when the hub is back.${waiting}`,
      };
    case 'error':
      return {
        tone: 'error',
        label: `Sync error: ${status.error ?? 'the hub refused the exchange'}`,
        detail: `${status.error ?? 'The hub refused the exchange.'} Your work is kept on this machine.${waiting} Check Settings → Desk.`,
      };
  }
}

/** The states worth asking about again soon: the hub may come back, the waiting changes may go out. */
export function pollsStatus(status: SyncStatus | undefined): boolean {
  return status?.state === 'pending' || status?.state === 'offline';
}

export const conflictsLabel = (n: number): string => `Conflicts: ${n.toLocaleString()}`;
