import type PouchDB from 'pouchdb-node';
import type { CoreChange } from '../../../shared/events';
import type { SyncConflict, SyncStatus } from '../../../shared/sync';
import type { ChangeFeed } from '../change-feed';
import type { Store } from '../store/store';
import { syncArticle } from './article-sync';
import { listConflicts, resolveConflict } from './conflict-resolution';
import { machineId, type Connection } from './connection-file';
import { HubCredentials } from './hub-credentials';
import { LIBRARY_GROUP, syncLibrary } from './library-sync';
import { LiveReplication } from './live-replication';
import { Mirror } from './mirror';
import { describeHubError, type HubProblem } from './hub-errors';
import { openDeskDatabase } from './desk-database';
import { checkRemoteUrl, redactUrl, type RemoteOptions } from './remote';
import type { SecretStore } from './secret-store';
import type { SyncContext } from './sync-context';
import { articleGroup, basesName, INCOMING, SCAN, scanGroups, takeIncoming } from './sync-groups';
import { SyncStatusBook } from './sync-status-book';
import { WorkQueue } from './work-queue';

export interface SyncServiceOptions {
  dataDir: string;
  store: Store;
  feed: ChangeFeed;
  /** This machine's name, shown with every change it makes. */
  machine: string;
  secrets?: SecretStore;
  /** This run's hub, given on the command line and not saved (`serve --sync`, `sync --remote`). */
  remote?: RemoteOptions;
  /** Replicate continuously while connected; the one-round `sync` command does not. */
  live: boolean;
  now: () => string;
  log: (message: string) => void;
}

/** What one round moved, for the `sync` command. */
export interface RoundReport {
  pushed: number;
  pulled: number;
  exported: number;
  imported: number;
  conflicts: SyncConflict[];
  status: SyncStatus;
}

/**
 * The desk's sync: keeps the mirror (`<data>/sync/mirror`) in step with the data folder and
 * replicates it with the hub. The data folder stays the only thing the app reads and writes; a
 * change is exported after the store made it durable, and what comes from the hub goes through the
 * store's own write path, published as a change with no origin.
 */
export class SyncService {
  private hub: HubCredentials | undefined;
  private mirror: Mirror | undefined;
  private live: LiveReplication | undefined;
  private queue: WorkQueue | undefined;
  private identity = '';
  private readonly book: SyncStatusBook;
  private moved = { exported: 0, imported: 0 };

  private constructor(private readonly options: SyncServiceOptions) {
    this.book = new SyncStatusBook(options, () => this.statusNow());
    options.feed.subscribe((change) => this.onChange(change));
  }

  static async open(options: SyncServiceOptions): Promise<SyncService> {
    const service = new SyncService(options);
    service.identity = await machineId(options.dataDir);
    service.hub = await HubCredentials.open(options.dataDir, options.secrets, options.remote);
    if (service.connection)
      await service.connect().catch((error: Error) => {
        options.log(`[sync] the mirror could not be opened: ${error.message}`);
        service.book.localFailure(`The desk’s copy in the data folder could not be opened (${error.message}).`);
      });
    return service;
  }

  private context(mirror: Mirror): SyncContext {
    return {
      store: this.options.store,
      mirror,
      writer: () => ({
        machineId: this.identity,
        machine: this.options.machine,
        by: this.options.store.settings().editorName,
        at: this.options.now(),
      }),
      refused: (what) => this.book.refused(what),
    };
  }

  private async connect(): Promise<void> {
    const mirror = await Mirror.open(this.options.dataDir);
    this.mirror = mirror;
    const pushed = await mirror.local<{ seq?: number | string; at?: string }>('push-state');
    this.book.restore(pushed?.seq, pushed?.at);
    const context = this.context(mirror);
    this.queue = new WorkQueue(
      (key) => this.runGroup(context, key),
      (start) => this.options.feed.detached(start),
      () => this.book.changed(),
    );
    this.queue.add(SCAN);
    if (this.options.live) {
      const password = await this.password();
      this.live = new LiveReplication(mirror.db, () => this.openHub(password), {
        pulled: () => this.queue?.add(INCOMING),
        pushed: (seq) => this.book.pushed(seq),
        caughtUp: () => void this.caughtUp(),
        active: () => this.book.active(),
        failed: (error) => this.failed(error),
      });
      this.live.start();
    }
  }

  private async disconnect(): Promise<void> {
    this.live?.stop();
    this.live = undefined;
    await this.queue?.stop();
    this.queue = undefined;
    await this.mirror?.close();
    this.mirror = undefined;
    this.book.reset();
  }

  /** The desk's database, once it answered as a CouchDB database does (a server that does not is refused). */
  private openHub(password: string | undefined): Promise<PouchDB.Database> {
    return openDeskDatabase(this.connection!, password);
  }

  private get connection(): Connection | undefined {
    return this.hub?.connection;
  }

  private async password(): Promise<string | undefined> {
    return this.hub?.password();
  }

  private failed(error: unknown): void {
    const problem: HubProblem = this.connection
      ? describeHubError(error, this.connection.url)
      : { state: 'error', message: 'Syncing failed.' };
    this.book.problem(problem);
  }

  private async caughtUp(): Promise<void> {
    if (!this.mirror) return;
    const mirror = this.mirror;
    const info = await mirror.db.info().catch(() => undefined);
    if (!info) return;
    this.book.caughtUp(info.update_seq);
    // Remembered, so that after a restart the waiting changes are counted from here.
    await mirror.setLocal('push-state', { seq: info.update_seq, at: this.options.now() }).catch(() => undefined);
  }

  private onChange(change: CoreChange): void {
    if (!this.queue) return;
    if (change.kind === 'article' || change.kind === 'article-removed') this.queue.add(articleGroup(change.articleId));
    else if (change.kind === 'sources' || change.kind === 'settings') this.queue.add(LIBRARY_GROUP);
    else if (change.kind === 'everything') this.queue.add(SCAN);
  }

  private async runGroup(context: SyncContext, key: string): Promise<boolean> {
    try {
      if (key === SCAN) await scanGroups(this.options.store, context.mirror, (group) => this.queue?.add(group));
      else if (key === INCOMING)
        await takeIncoming(context.mirror, async (group) => {
          if (!(await this.runGroup(context, group))) this.queue?.later(group);
        });
      else {
        const exchange =
          key === LIBRARY_GROUP ? await syncLibrary(context) : await syncArticle(context, basesName(key));
        this.moved.exported += exchange.exported;
        this.moved.imported += exchange.imported;
        if (exchange.imported) this.book.changed();
        return !exchange.retry;
      }
      return true;
    } catch (error) {
      this.options.log(`[sync] ${key} could not be exchanged: ${(error as Error).message}`);
      this.book.localFailure(`A change could not be exchanged with the desk (${(error as Error).message}).`);
      return false;
    }
  }

  status(): Promise<SyncStatus> {
    return this.book.current();
  }

  private async statusNow(): Promise<SyncStatus> {
    const connection = this.connection;
    const base: SyncStatus = { state: 'off', pending: 0, conflicts: 0, machine: this.options.machine };
    base.conflicts = this.options.store.listArticles().reduce((n, a) => n + (a.conflictCount ?? 0), 0);
    if (!connection || !this.mirror) return base;
    const passwordSaved = (await this.hub?.passwordSaved()) ?? false;
    const unpushed = await this.book.unpushed(this.mirror.db);
    return this.book.describe({
      ...base,
      pending: (this.queue?.size ?? 0) + unpushed,
      url: redactUrl(connection.url),
      ...(connection.user ? { user: connection.user } : {}),
      ...(connection.fingerprint ? { fingerprint: connection.fingerprint } : {}),
      passwordSaved,
    });
  }

  conflicts(articleId?: string): Promise<SyncConflict[]> {
    return listConflicts(this.options.store, articleId);
  }

  async resolve(id: string, value: string): Promise<void> {
    const { store } = this.options;
    await resolveConflict(store, id, value, {
      by: store.settings().editorName,
      at: this.options.now(),
      machine: this.options.machine,
    });
    this.book.changed();
  }

  /** Saves this machine's connection (an empty url turns sync off) and starts over with it. */
  async configure(input: { url: string; user?: string; password?: string; fingerprint?: string }): Promise<SyncStatus> {
    const url = input.url.trim();
    // A refused address leaves the connection as it was.
    if (url) checkRemoteUrl(url);
    await this.disconnect();
    if (!url) await this.hub?.clear();
    else {
      await this.hub?.save({ ...input, url });
      await this.connect();
    }
    this.book.changed();
    return this.status();
  }

  /** The mirror's database while connected (benchmarks and tests replicate it directly). */
  get database(): PouchDB.Database | undefined {
    return this.mirror?.db;
  }

  /** Takes in what the mirror received (as after a pull) and waits until it is in the data folder. */
  async receive(): Promise<void> {
    this.queue?.add(INCOMING);
    await this.settled();
  }

  /** Waits until every change made so far is in the mirror and everything received is in the data folder. */
  async settled(): Promise<void> {
    await this.queue?.idle();
  }

  /** One push-and-pull now; again while the exchange that follows has more to send (merges). */
  async round(): Promise<RoundReport> {
    const start = { ...this.moved };
    let pushed = 0;
    let pulled = 0;
    if (this.connection && this.mirror) {
      const password = await this.password();
      for (let attempt = 0; attempt < 4; attempt++) {
        await this.settled();
        let result: PouchDB.SyncResult;
        try {
          result = await this.mirror.db.sync(await this.openHub(password), { batch_size: 500 });
        } catch (error) {
          this.failed(error);
          break;
        }
        pushed += result.push.docs_written;
        pulled += result.pull.docs_written;
        if (result.push.last_seq !== undefined) this.book.pushed(result.push.last_seq);
        const afterSync = (await this.mirror.db.info()).update_seq;
        this.queue?.add(INCOMING);
        await this.settled();
        await this.caughtUp();
        if ((await this.mirror.db.info()).update_seq === afterSync && result.pull.docs_written === 0) break;
      }
    }
    return {
      pushed,
      pulled,
      exported: this.moved.exported - start.exported,
      imported: this.moved.imported - start.imported,
      conflicts: await this.conflicts(),
      status: await this.status(),
    };
  }

  async close(): Promise<void> {
    await this.disconnect();
  }
}
