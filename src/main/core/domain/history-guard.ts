import type { HistoryEvent } from '../../../shared/model';
import { AppError } from '../app-error';

/**
 * History is append-only: a change may add events but never alter or drop one. Checked on every
 * claim change, so a future bug cannot quietly rewrite the record (the change is then not saved).
 */
export function assertAppendOnly(before: readonly HistoryEvent[], after: readonly HistoryEvent[]): void {
  const kept =
    after.length >= before.length && before.every((event, i) => JSON.stringify(event) === JSON.stringify(after[i]));
  if (!kept) throw new AppError('INTERNAL', 'A change tried to rewrite the claim history, so it was not saved.');
}
