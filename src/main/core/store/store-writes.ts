import { AppError } from '../app-error';
import { storageError } from './storage-error';

/**
 * The one way the store writes its files: refused up front when the folder was opened read-only,
 * reported as a storage error when it fails, and announced to the listener once it is durable.
 */
export class StoreWrites {
  private listener: (() => void) | undefined;
  private beforeNext: (() => Promise<unknown>) | undefined;

  constructor(readonly readOnly: boolean) {}

  /** Called after every durable write (the backups measure activity with it). */
  onWrite(listener: () => void): void {
    this.listener = listener;
  }

  /**
   * Runs `task` once, just before the next write (the start-up backup is taken this way at the
   * latest). It reports its own failures: the write goes ahead either way.
   */
  beforeNextWrite(task: () => Promise<unknown>): void {
    this.beforeNext = task;
  }

  refuseIfReadOnly(what: string): void {
    if (this.readOnly)
      throw new AppError('READ_ONLY', `This data folder was opened read-only, so ${what} was not saved.`);
  }

  /** Writes `data` durably through `file` (temp file, fsync, rename); `what` names it in a refusal. */
  async write<T>(file: { write: (data: T) => Promise<void> }, data: T, what: string): Promise<void> {
    this.refuseIfReadOnly(what);
    const before = this.beforeNext;
    this.beforeNext = undefined;
    await before?.().catch(() => undefined);
    try {
      await file.write(data);
    } catch (error) {
      throw storageError(error, what);
    }
    this.listener?.();
  }
}
