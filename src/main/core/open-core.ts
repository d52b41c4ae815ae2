import { userInfo } from 'node:os';
import { articleHandlers } from './handlers/articles';
import { attachmentHandlers } from './handlers/attachments';
import { claimHandlers } from './handlers/claims';
import type { CoreContext, FileOpener, Handlers, PdfPrinter } from './handlers/context';
import { createDispatch, type Dispatch } from './handlers/dispatch';
import { importHandlers } from './handlers/imports';
import { reportHandlers } from './handlers/reports';
import { sampleHandlers } from './handlers/samples';
import { searchHandlers } from './handlers/search';
import { settingsHandlers } from './handlers/settings';
import { sourceHandlers } from './handlers/sources';
import { suggestionHandlers } from './handlers/suggestions';
import { versionHandlers } from './handlers/versions';
import { workerImporter, type ImportWorker } from './import/import-runner';
import { lockDataDir, type DataDirLock } from './store/data-dir-lock';
import { Store } from './store/store';

/** Files the core needs from the installation: sample drafts and the built import worker. */
export interface CoreResources {
  samplesDir: string;
  importWorker: ImportWorker;
  printPdf?: PdfPrinter;
  openFile?: FileOpener;
}

export interface CoreOptions {
  dataDir: string;
  resources: CoreResources;
  now?: () => string;
  /** Take the data folder's lock (the default); without it the store only reads and never writes. */
  lock?: boolean;
}

export interface Core {
  dispatch: Dispatch;
  store: Store;
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
  let store: Store;
  try {
    store = await Store.open(options.dataDir, {
      defaultEditorName: defaultEditorName(),
      readOnly: options.lock === false,
    });
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const importer = workerImporter(options.resources.importWorker);
  const context: CoreContext = {
    store,
    now: options.now ?? (() => new Date().toISOString()),
    samplesDir: options.resources.samplesDir,
    importDraft: importer.importDraft,
    ...(options.resources.printPdf ? { printPdf: options.resources.printPdf } : {}),
    ...(options.resources.openFile ? { openFile: options.resources.openFile } : {}),
  };
  const handlers: Handlers = {
    ...articleHandlers(context),
    ...claimHandlers(context),
    ...sourceHandlers(context),
    ...settingsHandlers(context),
    ...sampleHandlers(context),
    ...versionHandlers(context),
    ...importHandlers(context),
    ...reportHandlers(context),
    ...suggestionHandlers(context),
    ...attachmentHandlers(context),
    ...searchHandlers(context),
  };
  return {
    dispatch: createDispatch(handlers),
    store,
    close: async () => {
      await store.idle();
      await importer.close();
      await lock?.release();
    },
  };
}
