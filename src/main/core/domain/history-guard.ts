import type { HistoryEvent } from '../../../shared/model';
import { AppError } from '../app-error';

/**
 * History is append-only: a change may add events but never alter or drop one. Checked on every
 * claim change, so a future bug cannot quietly rewrite the record (the change is then not saved).
 */
export function assertAppendOnly(before: readonly string[], after: readonly HistoryEvent[]): void {
  const kept = after.length >= before.length && before.every((event, i) => event === JSON.stringify(after[i]));
  if (!kept) throw new AppError('INTERNAL', 'A change tried to rewrite the claim history, so it was not saved.');
}

/** The history as it is now, as text: an event edited in place later no longer matches. */
export function historySnapshot(history: readonly HistoryEvent[]): string[] {
  return history.map((event) => JSON.stringify(event));
}
