import type PouchDB from 'pouchdb-node';

export interface ReplicationEvents {
  /** Documents came from the hub. */
  pulled: () => void;
  /** Local documents reached the hub, up to this sequence of the mirror. */
  pushed: (seq: number | string) => void;
  /** Both directions caught up. */
  caughtUp: () => void;
  active: () => void;
  failed: (error: unknown) => void;
}

const FIRST_WAIT_MS = 1000;
const LONGEST_WAIT_MS = 10_000;

/**
 * Continuous replication between the mirror and the desk's database (PouchDB's live sync). When it
 * fails (the hub down, the network gone, a refusal) the reason is reported and it starts again
 * after a growing wait, so that the state says why instead of retrying silently.
 */
export class LiveReplication {
  private handle: PouchDB.Sync | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private wait = FIRST_WAIT_MS;
  private stopped = false;

  constructor(
    private readonly local: PouchDB.Database,
    private readonly openRemote: () => Promise<PouchDB.Database>,
    private readonly events: ReplicationEvents,
  ) {}

  start(): void {
    if (this.stopped) return;
    void this.openRemote().then(
      (remote) => this.replicate(remote),
      (error: unknown) => {
        if (this.stopped) return;
        this.events.failed(error);
        this.again();
      },
    );
  }

  private replicate(remote: PouchDB.Database): void {
    if (this.stopped || this.handle) return;
    const sync = this.local.sync(remote, { live: true, retry: false, batch_size: 500 });
    this.handle = sync;
    const mine = (): boolean => this.handle === sync && !this.stopped;
    sync
      .on('change', (info) => {
        if (!mine()) return;
        this.wait = FIRST_WAIT_MS;
        if (info.direction === 'pull') this.events.pulled();
        else if (info.change.last_seq !== undefined) this.events.pushed(info.change.last_seq);
      })
      .on('paused', (error) => {
        if (!mine()) return;
        if (error) this.events.failed(error);
        else {
          this.wait = FIRST_WAIT_MS;
          this.events.caughtUp();
        }
      })
      .on('active', () => {
        if (mine()) this.events.active();
      })
      .on('denied', (error) => {
        if (mine()) this.events.failed(error);
      })
      .on('error', (error) => {
        if (!mine()) return;
        this.events.failed(error);
        this.again();
      })
      .on('complete', () => {
        if (mine()) this.again();
      });
  }

  /** Starts over now (the hub is back, the settings changed). */
  restart(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.handle?.cancel();
    this.handle = undefined;
    this.wait = FIRST_WAIT_MS;
    this.start();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.handle?.cancel();
    this.handle = undefined;
  }

  private again(): void {
    this.handle?.cancel();
    this.handle = undefined;
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.start();
    }, this.wait);
    this.timer.unref?.();
    this.wait = Math.min(this.wait * 2, LONGEST_WAIT_MS);
  }
}
