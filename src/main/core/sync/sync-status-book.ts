import type PouchDB from 'pouchdb-node';
import type { SyncStatus } from '../../../shared/sync';
import type { ChangeFeed } from '../change-feed';
import type { HubProblem } from './hub-errors';

/**
 * What the sync indicator says, kept up to date from the replication's events and the work queue;
 * a `sync` change is published whenever it would read differently.
 */
export class SyncStatusBook {
  private problemNow: HubProblem | undefined;
  private refusedWhat: string | undefined;
  private localProblem: string | undefined;
  private offlineSince: string | undefined;
  private lastSyncAt: string | undefined;
  private pushedSeq: number | string = 0;
  private published = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly options: { feed: ChangeFeed; now: () => string },
    private readonly compute: () => Promise<SyncStatus>,
  ) {}

  reset(): void {
    this.problemNow = undefined;
    this.refusedWhat = undefined;
    this.localProblem = undefined;
    this.offlineSince = undefined;
    this.pushedSeq = 0;
    this.changed();
  }

  /** Where the last session left off: what the hub had acknowledged, and when. */
  restore(pushedSeq: number | string | undefined, lastSyncAt: string | undefined): void {
    if (pushedSeq !== undefined) this.pushedSeq = pushedSeq;
    if (lastSyncAt) this.lastSyncAt = lastSyncAt;
  }

  problem(problem: HubProblem): void {
    if (problem.state === 'offline' && this.problemNow?.state !== 'offline') this.offlineSince = this.options.now();
    this.problemNow = problem;
    this.changed();
  }

  /** A record from the desk this machine could not read: left out, and said. */
  refused(what: string): void {
    this.refusedWhat = what;
    this.changed();
  }

  localFailure(message: string): void {
    this.localProblem = message;
    this.changed();
  }

  active(): void {
    this.changed();
  }

  pushed(seq: number | string): void {
    this.pushedSeq = seq;
    this.changed();
  }

  caughtUp(seq: number | string): void {
    this.problemNow = undefined;
    this.offlineSince = undefined;
    this.localProblem = undefined;
    this.lastSyncAt = this.options.now();
    this.pushedSeq = seq;
    this.changed();
  }

  /**
   * Writes to the mirror since the hub last acknowledged it. Counted from sequence numbers, not by
   * reading the changes (the status is asked for often): documents just received count until the
   * next round confirms the hub has them, a moment later.
   */
  async unpushed(db: PouchDB.Database): Promise<number> {
    const info = await db.info().catch(() => undefined);
    return info ? Math.max(0, Number(info.update_seq) - Number(this.pushedSeq)) : 0;
  }

  describe(status: SyncStatus): SyncStatus {
    const out: SyncStatus = { ...status, ...(this.lastSyncAt ? { lastSyncAt: this.lastSyncAt } : {}) };
    if (this.problemNow?.state === 'error' || this.refusedWhat || this.localProblem) {
      out.state = 'error';
      out.error =
        this.problemNow?.state === 'error'
          ? this.problemNow.message
          : this.refusedWhat
            ? `Some changes from the desk could not be read and were left out: ${this.refusedWhat}.`
            : this.localProblem;
    } else if (this.problemNow?.state === 'offline') {
      out.state = 'offline';
      out.error = `${this.problemNow.message}${this.offlineSince ? ` (offline since ${this.offlineSince})` : ''}`;
    } else out.state = status.pending > 0 || !this.lastSyncAt ? 'pending' : 'synced';
    return out;
  }

  current(): Promise<SyncStatus> {
    return this.compute();
  }

  /** Publishes a `sync` change, a moment later, if the status reads differently now. */
  changed(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.compute().then(
        (status) => {
          const text = JSON.stringify(status);
          if (text === this.published) return;
          this.published = text;
          this.options.feed.detached(() => this.options.feed.publish({ kind: 'sync' }));
        },
        () => undefined,
      );
    }, 100);
    this.timer.unref?.();
  }
}
