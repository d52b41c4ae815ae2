import type { BackupInfo, SnapshotReason } from '../../../shared/backups';
import { AppError } from '../app-error';
import { SerialQueue } from '../serial-queue';
import { storageError } from '../store/storage-error';
import type { Store } from '../store/store';
import { describeBackup } from './describe';
import { listDataFiles } from './layout';
import { readSnapshot, replaceDataFiles } from './restore';
import { beginRestore, endRestore } from './restore-journal';
import { pruneSnapshots } from './retention';
import { captureDataFiles, listBackups, writeSnapshot, type Capture } from './snapshot';

/** While the editor works, a snapshot follows a change once the last one is this old. */
export const ACTIVITY_INTERVAL_MS = 15 * 60 * 1000;
/** How long after start the start-up snapshot waits for the first screen to be drawn. */
export const START_SNAPSHOT_DELAY_MS = 5_000;

export interface BackupServiceOptions {
  dataDir: string;
  store: Store;
  /** ISO time; injectable so that tests control it. */
  now: () => string;
  /** The store was opened without the lock: list only, never write. */
  readOnly: boolean;
}

/**
 * Snapshots of the data folder: of the folder as it was at start, after changes every 15 minutes, by hand, and before a
 * restore. Each is captured inside the store's queue (consistent, a few milliseconds) and copied
 * outside it, one at a time, so a claim change never waits for a copy.
 */
export class BackupService {
  /** One snapshot copy, prune or restore at a time. */
  private readonly copies = new SerialQueue();
  /** When the last snapshot was captured, or the session began: activity is measured from here. */
  private lastCapture: number;
  /** Snapshots asked for and not finished: no activity snapshot is added on top of them. */
  private inFlight = 0;
  /** Captures the start-up snapshot through the store's queue, until it is captured. */
  private pendingStart: (() => Promise<void>) | undefined;

  constructor(private readonly options: BackupServiceOptions) {
    this.lastCapture = Date.parse(options.now());
    if (!options.readOnly) options.store.onWrite(() => this.noteActivity());
  }

  /**
   * The start-up snapshot, when the folder holds data: the folder as it was at start. Its capture
   * waits START_SNAPSHOT_DELAY_MS so that it does not compete with the first screen, but is made
   * sooner if a file is about to be written, a restore begins or the service settles (closing).
   */
  async start(): Promise<void> {
    if (this.options.readOnly || (await listDataFiles(this.options.dataDir)).length === 0) return;
    const { store } = this.options;
    let captured: Promise<Capture> | undefined;
    const timer = setTimeout(() => void this.takePendingStart(), START_SNAPSHOT_DELAY_MS);
    timer.unref();
    // Runs inside the store's queue: through withExclusive, or from the first write itself.
    const captureOnce = (): Promise<Capture> => {
      if (!captured) {
        clearTimeout(timer);
        this.pendingStart = undefined;
        captured = this.capture();
        this.copy('start', captured).catch((error: Error) =>
          console.error(`[backups] start-up snapshot failed: ${error.message}`),
        );
      }
      return captured;
    };
    this.pendingStart = () => store.withExclusive(captureOnce).then(() => undefined);
    store.beforeNextWrite(captureOnce);
  }

  list(): Promise<BackupInfo[]> {
    return listBackups(this.options.dataDir);
  }

  /** Async only so that a refusal is a rejected promise: the capture is queued before the first await. */
  async create(reason: SnapshotReason): Promise<BackupInfo> {
    this.refuseIfReadOnly('no backup was made');
    return this.copy(
      reason,
      this.options.store.withExclusive(() => this.capture()),
    );
  }

  /** Copies a capture into a snapshot, after the copies asked for before it. */
  private copy(reason: SnapshotReason, captured: Promise<Capture>): Promise<BackupInfo> {
    this.inFlight++;
    // Awaited below, in turn; marked handled now so an early failure is not reported as unhandled.
    captured.catch(() => undefined);
    return this.copies
      .run(async () => {
        const backup = await writeSnapshot(this.options.dataDir, await captured, reason);
        await this.prune();
        return backup;
      })
      .catch((error: unknown) => {
        throw storageError(error, 'the backup');
      })
      .finally(() => this.inFlight--);
  }

  /**
   * Brings back a snapshot: checks all of it first, then (alone in the store's queue) snapshots the
   * current state as "pre-restore", puts the snapshot's files in place and has the store read them.
   */
  async restore(id: string): Promise<{ restored: BackupInfo; undo: BackupInfo }> {
    this.refuseIfReadOnly('nothing was restored');
    this.inFlight++;
    const { dataDir, store } = this.options;
    // The folder as it was at start is kept before a restore replaces it.
    void this.takePendingStart();
    return this.copies
      .run(async () => {
        const snapshot = await readSnapshot(dataDir, id);
        const result = await store.withExclusive(async () => {
          let undo: BackupInfo;
          try {
            undo = await writeSnapshot(dataDir, await this.capture(), 'pre-restore');
          } catch (error) {
            throw storageError(error, 'the backup of the current state (taken before any restore)');
          }
          try {
            const stamp = Date.parse(this.options.now());
            await beginRestore(dataDir, { snapshot: id, undo: undo.id, stamp });
            await replaceDataFiles(dataDir, snapshot.files, stamp);
            await endRestore(dataDir);
          } catch (error) {
            // The editor is told below; the next start must not finish it behind their back.
            await endRestore(dataDir).catch(() => undefined);
            await store.reload().catch(() => undefined);
            throw new AppError(
              'STORAGE',
              `The restore stopped part way: ${storageError(error, 'a restored file').message} What you had before is kept as the backup of ${describeBackup(undo)}; restore that one to go back.`,
            );
          }
          await store.reload();
          return { restored: snapshot.info, undo };
        });
        await this.prune();
        return result;
      })
      .finally(() => this.inFlight--);
  }

  /** Resolves once every snapshot asked for so far is written (tests and closing wait for it). */
  async settled(): Promise<void> {
    await this.takePendingStart();
    await this.copies.idle();
  }

  /** Captures the start-up snapshot now if it is still waiting; its copy is then queued. */
  private async takePendingStart(): Promise<void> {
    await this.pendingStart?.().catch(() => undefined);
  }

  private noteActivity(): void {
    if (this.inFlight > 0 || Date.parse(this.options.now()) - this.lastCapture < ACTIVITY_INTERVAL_MS) return;
    this.create('activity').catch((error: Error) => console.error(`[backups] snapshot failed: ${error.message}`));
  }

  private capture(): Promise<Capture> {
    const time = new Date(Date.parse(this.options.now())).toISOString();
    this.lastCapture = Date.parse(time);
    return captureDataFiles(this.options.dataDir, time);
  }

  /** Old snapshots go by the retention rule; a failure to delete one is only logged. */
  private async prune(): Promise<void> {
    await pruneSnapshots(this.options.dataDir, this.options.now()).catch((error: Error) =>
      console.error(`[backups] old snapshots could not be removed: ${error.message}`),
    );
  }

  private refuseIfReadOnly(what: string): void {
    if (this.options.readOnly) {
      throw new AppError('READ_ONLY', `This data folder was opened read-only, so ${what}.`);
    }
  }
}
