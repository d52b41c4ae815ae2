import { join } from 'node:path';
import type PouchDB from 'pouchdb-node';
import type { CoreChange } from '../../../shared/events';
import type { SyncConflict, SyncStatus } from '../../../shared/sync';
import type { ChangeFeed } from '../change-feed';
import type { Store } from '../store/store';
import { fileStampOf, syncArticle } from './article-sync';
import { listConflicts, resolveConflict } from './conflict-resolution';
import { machineId, readConnection, writeConnection, type Connection } from './connection-file';
import { articleIdOfDoc } from './doc-layout';
import { LIBRARY_GROUP, syncLibrary } from './library-sync';
import { LiveReplication } from './live-replication';
import { Mirror } from './mirror';
import { describeHubError, type HubProblem } from './hub-errors';
import { checkDeskDatabase, checkRemoteUrl, openRemote, redactUrl, type RemoteOptions } from './remote';
import type { SecretStore } from './secret-store';
import type { SyncContext } from './sync-context';
import { SyncStatusBook } from './sync-status-book';
import { WorkQueue } from './work-queue';

/** CouchDB's refusals as PouchDB's `info()` hands them back (as an answer, not an error). */
const REFUSALS: Record<string, number> = { unauthorized: 401, forbidden: 403, not_found: 404 };

/** The desk's database answered, and as one: a refusal keeps its status (for the sentence), anything else is not a hub. */
async function confirmDesk(remote: PouchDB.Database): Promise<void> {
  const { error } = (await remote.info()) as { error?: unknown };
  const status = typeof error === 'string' ? REFUSALS[error] : undefined;
  if (status) throw Object.assign(new Error('The hub refused the request.'), { status });
  await checkDeskDatabase(remote);
}

/**
 * PouchDB 9's replicator asks the source for its info, for progress figures only, and leaves a
 * failure of that request unhandled, which ends a Node process when the hub goes away at that moment.
 * The replication's own requests fail too and are reported; this one answers with empty figures.
 */
function withQuietInfo(remote: PouchDB.Database): PouchDB.Database {
  const info = remote.info.bind(remote);
  remote.info = () => info().catch(() => ({ db_name: remote.name, update_seq: 0, doc_count: 0 }));
  return remote;
}

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

const PASSWORD_KEY = 'sync.password';
const ARTICLE = 'article:';
const INCOMING = 'incoming';
const SCAN = 'scan';

/**
 * The desk's sync: keeps the mirror (`<data>/sync/mirror`) in step with the data folder and
 * replicates it with the hub. The data folder stays the only thing the app reads and writes; a
 * change is exported after the store made it durable, and what comes from the hub goes through the
 * store's own write path, published as a change with no origin.
 */
export class SyncService {
  private connection: Connection | undefined;
  private memoryPassword: string | undefined;
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
    const { remote } = options;
    service.connection = remote
      ? {
          url: remote.url,
          ...(remote.user ? { user: remote.user } : {}),
          ...(remote.fingerprint ? { fingerprint: remote.fingerprint } : {}),
        }
      : await readConnection(options.dataDir);
    service.memoryPassword = remote?.password;
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
  private async openHub(password: string | undefined): Promise<PouchDB.Database> {
    const { url, user, fingerprint } = this.connection!;
    const remote = openRemote({
      url,
      ...(user ? { user } : {}),
      ...(password !== undefined ? { password } : {}),
      ...(fingerprint ? { fingerprint } : {}),
    });
    await confirmDesk(remote);
    return withQuietInfo(remote);
  }

  private async password(): Promise<string | undefined> {
    if (this.memoryPassword !== undefined) return this.memoryPassword;
    return this.options.secrets?.get(PASSWORD_KEY).catch(() => undefined);
  }

  private failed(error: unknown): void {
    const problem: HubProblem = this.connection
      ? describeHubError(error, this.connection.url)
      : { state: 'error', message: 'Syncing failed.' };
    this.book.problem(problem);
  }

  private async caughtUp(): Promise<void> {
    if (!this.mirror) return;
    const info = await this.mirror.db.info().catch(() => undefined);
    if (info) this.book.caughtUp(info.update_seq);
  }

  private onChange(change: CoreChange): void {
    if (!this.queue) return;
    if (change.kind === 'article' || change.kind === 'article-removed') this.queue.add(`${ARTICLE}${change.articleId}`);
    else if (change.kind === 'sources' || change.kind === 'settings') this.queue.add(LIBRARY_GROUP);
    else if (change.kind === 'everything') this.queue.add(SCAN);
  }

  private async runGroup(context: SyncContext, key: string): Promise<boolean> {
    try {
      if (key === SCAN) await this.scan(context.mirror);
      else if (key === INCOMING) await this.incoming(context);
      else {
        const exchange =
          key === LIBRARY_GROUP ? await syncLibrary(context) : await syncArticle(context, key.slice(ARTICLE.length));
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

  /** At start and after a restore: every group whose file changed since it was last exchanged. */
  private async scan(mirror: Mirror): Promise<void> {
    const { store } = this.options;
    const local = new Set(store.listArticles().map((a) => a.id));
    for (const id of local) {
      const stamp = await fileStampOf(join(store.dir, 'articles', `${id}.json`));
      if ((await mirror.bases(id)).fileStamp !== stamp) this.queue?.add(`${ARTICLE}${id}`);
    }
    const known = await mirror.db.allDocs({ startkey: 'article:', endkey: 'article:\uffff' });
    for (const row of known.rows) {
      const id = articleIdOfDoc(row.id);
      if (id && !local.has(id)) this.queue?.add(`${ARTICLE}${id}`);
    }
    this.queue?.add(LIBRARY_GROUP);
    this.queue?.add(INCOMING);
  }

  /** What the mirror received since it was last looked at, group by group; skips this machine's own writes. */
  private async incoming(context: SyncContext): Promise<void> {
    const { mirror } = context;
    const state = (await mirror.local<{ importedSeq?: number | string }>('sync-state')) ?? {};
    let since = state.importedSeq ?? 0;
    for (;;) {
      const batch = await mirror.db.changes({ since, limit: 500 });
      if (batch.results.length === 0) break;
      const groups = new Map<string, Map<string, string>>();
      for (const change of batch.results) {
        const articleId = articleIdOfDoc(change.id);
        const group = articleId ? `${ARTICLE}${articleId}` : LIBRARY_GROUP;
        if (!groups.has(group)) groups.set(group, new Map());
        groups.get(group)!.set(change.id, change.changes[0]?.rev ?? '');
      }
      for (const [group, revs] of groups) {
        const bases = await mirror.bases(group === LIBRARY_GROUP ? LIBRARY_GROUP : group.slice(ARTICLE.length));
        if ([...revs].every(([id, rev]) => bases.revs[id] === rev)) continue;
        // Done here, before the checkpoint moves on: a crash never skips what arrived.
        if (!(await this.runGroup(context, group))) this.queue?.later(group);
      }
      since = batch.last_seq;
      await mirror.setLocal('sync-state', { importedSeq: since });
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
    const passwordSaved =
      this.memoryPassword !== undefined ||
      (await this.options.secrets?.get(PASSWORD_KEY).catch(() => undefined)) !== undefined;
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
    if (!url) {
      this.connection = undefined;
      this.memoryPassword = undefined;
      await writeConnection(this.options.dataDir, undefined);
      await this.options.secrets?.delete(PASSWORD_KEY).catch(() => undefined);
      this.book.changed();
      return this.status();
    }
    const connection: Connection = {
      url: url.replace(/\/+$/, ''),
      ...(input.user ? { user: input.user } : {}),
      ...(input.fingerprint ? { fingerprint: input.fingerprint } : {}),
    };
    await writeConnection(this.options.dataDir, connection);
    this.connection = connection;
    if (input.password !== undefined) {
      if (this.options.secrets) {
        await this.options.secrets.set(PASSWORD_KEY, input.password);
        this.memoryPassword = undefined;
      } else this.memoryPassword = input.password;
    }
    await this.connect();
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
          result = await this.mirror.db.sync(await this.openHub(password), { batch_size: 100 });
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
