import { hostname, userInfo } from 'node:os';
import { BackupService } from './backups/backup-service';
import { ChangeFeed } from './change-feed';
import { offeringBackups, withDamageHintOn } from './backups/damage-hint';
import { snapshotBeforeMigration } from './backups/pre-migration';
import { finishInterruptedRestore } from './backups/restore-journal';
import { removeUnfinishedSnapshots } from './backups/snapshot';
import { backupHandlers } from './handlers/backups';
import { articleHandlers } from './handlers/articles';
import { articleTrashHandlers } from './handlers/article-trash';
import { attachmentHandlers } from './handlers/attachments';
import { claimTrashHandlers } from './handlers/claim-trash';
import { claimHandlers } from './handlers/claims';
import type { CoreContext, FileOpener, Handlers, PdfPrinter } from './handlers/context';
import { createDispatch, type Dispatch } from './handlers/dispatch';
import { importHandlers } from './handlers/imports';
import { mergeHandlers } from './handlers/merge-handlers';
import { ArchiveMatcher } from './past-check-matches/archive-matcher';
import { pastCheckMatchHandlers } from './past-check-matches/match-handlers';
import { PastCheckArchive } from './past-checks/archive-store';
import { DeskChecks } from './past-checks/desk-checks';
import { pastCheckHandlers } from './past-checks/past-check-handlers';
import { reportHandlers } from './handlers/reports';
import { sampleHandlers } from './handlers/samples';
import { searchHandlers } from './handlers/search';
import { settingsHandlers } from './handlers/settings';
import { sourceTextHandlers } from './handlers/source-text';
import { sourceCheckHandlers } from './handlers/source-checks';
import { SourceChecker } from './source-checks/source-checker';
import { sourceHandlers } from './handlers/sources';
import { syncHandlers, syncOffHandlers } from './handlers/sync';
import { suggestionHandlers } from './handlers/suggestions';
import { versionHandlers } from './handlers/versions';
import { workerTextJobs } from './compute/text-runner';
import { workerImporter, type ImportWorker } from './import/import-runner';
import { workerTextExtractor } from './source-text/extract-runner';
import { SourceTextService } from './source-text/source-text-service';
import { lockDataDir, type DataDirLock } from './store/data-dir-lock';
import { describeRepair, repairModes } from './store/private-files';
import { Store } from './store/store';
import type { RemoteOptions } from './sync/remote';
import type { SecretStore } from './sync/secret-store';
import { SyncService } from './sync/sync-service';

/** Files the core needs from the installation: sample drafts and the built import worker. */
export interface CoreResources {
  samplesDir: string;
  importWorker: ImportWorker;
  printPdf?: PdfPrinter;
  openFile?: FileOpener;
  /**
   * Where the hub password is kept: Electron's safeStorage in the desktop app; `serve` and the CLI
   * use `fileSecretStore(dataDir)` (or FACTCHECK_SYNC_PASSWORD, which is never stored).
   */
  secrets?: SecretStore;
}

export interface CoreOptions {
  dataDir: string;
  resources: CoreResources;
  now?: () => string;
  /** Take the data folder's lock (the default); without it the store only reads and never writes. */
  lock?: boolean;
  /** Told once the folder is locked, before the library is read (a host may start listening then). */
  onLocked?: () => void;
  /** This machine's name in the desk's history (default: the host name). */
  machine?: string;
  /** A hub for this run only, not saved (`serve --sync`, `sync --remote`). */
  syncRemote?: RemoteOptions;
  /** Replicate continuously while connected (default); the one-round `sync` command turns it off. */
  syncLive?: boolean;
}

export interface Core {
  dispatch: Dispatch;
  /** What changed in the stored data, after it is durable; every transport relays it. */
  changes: Pick<ChangeFeed, 'subscribe'>;
  store: Store;
  backups: BackupService;
  /** The attached documents' texts (`readSourceText`), for code outside the handlers. */
  sourceText: SourceTextService;
  /** The desk sync; absent when the folder was opened read-only. */
  sync?: SyncService;
  close: () => Promise<void>;
}

function defaultEditorName(): string {
  try {
    return userInfo().username || 'Editor';
  } catch {
    return 'Editor';
  }
}

/** Opens a data folder and wires every area's handlers into one dispatch. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const lock: DataDirLock | undefined = options.lock === false ? undefined : await lockDataDir(options.dataDir);
  options.onLocked?.();
  const readOnly = options.lock === false;
  const now = options.now ?? (() => new Date().toISOString());
  const changes = new ChangeFeed();
  let store: Store;
  try {
    if (!readOnly) {
      const repair = describeRepair(await repairModes(options.dataDir));
      if (repair) console.error(repair);
      await removeUnfinishedSnapshots(options.dataDir).catch((error: Error) =>
        console.error(`[backups] unfinished snapshots could not be removed: ${error.message}`),
      );
      await finishInterruptedRestore(options.dataDir);
    }
    store = await Store.open(options.dataDir, {
      defaultEditorName: defaultEditorName(),
      readOnly,
      onChange: (change) => changes.publish(change),
      ...(readOnly ? {} : { beforeMigration: snapshotBeforeMigration(options.dataDir, now) }),
    });
  } catch (error) {
    await lock?.release();
    throw await withDamageHintOn(error, options.dataDir);
  }
  const backups = new BackupService({ dataDir: options.dataDir, store, now, readOnly });
  await backups.start();
  const importer = workerImporter(options.resources.importWorker);
  const textJobs = workerTextJobs(options.resources.importWorker);
  const extractor = workerTextExtractor(options.resources.importWorker);
  const sourceText = new SourceTextService({
    store,
    extract: extractor.extract,
    announce: () => changes.detached(() => changes.publish({ kind: 'source-text' })),
    readOnly,
  });
  const machine = options.machine ?? hostname();
  const sync = readOnly
    ? undefined
    : await SyncService.open({
        dataDir: options.dataDir,
        store,
        feed: changes,
        machine,
        live: options.syncLive ?? true,
        now,
        log: (message) => console.error(message),
        ...(options.resources.secrets ? { secrets: options.resources.secrets } : {}),
        ...(options.syncRemote ? { remote: options.syncRemote } : {}),
      });
  const context: CoreContext = {
    store,
    now,
    machine,
    samplesDir: options.resources.samplesDir,
    importDraft: importer.importDraft,
    runTextJob: textJobs.run,
    sourceText,
    sourceChecks: new SourceChecker(() => store.listSources(), sourceText),
    ...(options.resources.printPdf ? { printPdf: options.resources.printPdf } : {}),
    ...(options.resources.openFile ? { openFile: options.resources.openFile } : {}),
  };
  const archive = new PastCheckArchive(store);
  const matcher = new ArchiveMatcher(archive, new DeskChecks(store));
  const handlers: Handlers = mergeHandlers(
    articleHandlers(context),
    articleTrashHandlers(context),
    claimHandlers(context),
    claimTrashHandlers(context),
    sourceHandlers(context),
    settingsHandlers(context),
    sync ? syncHandlers(sync) : syncOffHandlers(machine),
    sampleHandlers(context),
    versionHandlers(context),
    importHandlers(context),
    reportHandlers(context),
    suggestionHandlers(context),
    attachmentHandlers(context),
    searchHandlers(context),
    sourceTextHandlers(sourceText),
    sourceCheckHandlers(context),
    backupHandlers(backups),
    pastCheckHandlers(context, (change) => changes.publish(change), archive),
    pastCheckMatchHandlers(context, matcher),
  );
  const dispatch = createDispatch(offeringBackups(handlers, options.dataDir));
  return {
    dispatch: (method, payload, origin) => changes.as(origin, () => dispatch(method, payload)),
    changes,
    store,
    backups,
    sourceText,
    ...(sync ? { sync } : {}),
    close: async () => {
      await sync?.close();
      await store.idle();
      await backups.settled();
      await importer.close();
      await sourceText.close();
      await extractor.close();
      await textJobs.close();
      await lock?.release();
    },
  };
}
