import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, protocol, safeStorage, shell, session, type WebContents } from 'electron';
import { menuTemplate } from './app-menu';
import { APP_PAGE_URL, APP_SCHEME, appLocation, appRequestPath, devServerUrlFor } from './app-page';
import { openCore, type Core } from './core/open-core';
import { registerIpc, relayChanges } from './ipc';
import { decideNavigation, decideWindowOpen, type GuardDecision } from './navigation-guards';
import { electronPrinter } from './pdf/electron-pdf';
import { denyPermissionCheck, denyPermissionRequest } from './permission-guards';
import { SAFE_SECRETS_FILE, safeStorageSecretStore } from './safe-storage-secrets';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveStaticFile } from './static-files';

const devServerUrl = devServerUrlFor(app.isPackaged, process.env);
const rendererDir = join(import.meta.dirname, '../renderer');
const samplesDir = app.isPackaged
  ? join(process.resourcesPath, 'samples')
  : join(import.meta.dirname, '../../resources/samples');

const location = appLocation(devServerUrl);

// Spelling is checked only where the system's checker does it (macOS). On Windows and Linux Electron
// would download Hunspell dictionaries from Google's servers, and nothing may leave the machine.
const offlineSpellcheck = process.platform === 'darwin';

// A standard, secure scheme: its pages get a real origin (so `'self'` means the renderer folder
// only) and a secure context. Must be declared before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);

/**
 * Serves the built renderer on the app scheme: to its own host only, files inside its folder only,
 * never a symlink out.
 */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = appRequestPath(request.url);
    if (path === null) return new Response('Not found', { status: 404 });
    const file = await resolveStaticFile(rendererDir, path);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(await readFile(file), {
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

/** Only web and mail links leave the app, and only to the system browser or mail client. */
function follow(decision: GuardDecision): void {
  if (decision.external) void shell.openExternal(decision.external); // eng-disable OPEN_EXTERNAL_JS_CHECK: only what externalUrl returns (http(s) without credentials, mailto) reaches it; navigation-guards.test.ts
}

/**
 * Every web contents (the window, the hidden PDF printer, any devtools) stays where it is: no
 * navigation away from the app page, no new windows, no <webview>.
 */
function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    follow(decideWindowOpen(url));
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    const decision = decideNavigation(url, location);
    if (decision.allow) return;
    event.preventDefault();
    follow(decision);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function createWindow(): BrowserWindow {
  // Context isolation, sandbox, no Node: the page reaches the core only through the preload's invoke().
  // The scanner reads a disable comment only on the flagged line, which Prettier would reflow.
  // prettier-ignore
  const window = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK: a middle click can only ask for a new window, and guardContents denies them all
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Fact-Check Workbench',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'), // eng-disable PRELOAD_JS_CHECK: reviewed; it exposes invoke() on one channel and onChange() for the core's change events, and ipc.ts checks the sender frame
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: offlineSpellcheck,
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? APP_PAGE_URL);
  return window;
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
  session.defaultSession.setDevicePermissionHandler(denyPermissionCheck);
  session.defaultSession.setSpellCheckerEnabled(offlineSpellcheck);
  serveRenderer();
  let core: Core;
  try {
    // FACTCHECK_DATA points the app at another data folder (tests, a second desk's library).
    core = await openCore({
      dataDir: process.env.FACTCHECK_DATA ?? app.getPath('userData'),
      resources: {
        samplesDir,
        importWorker: { url: pathToFileURL(join(import.meta.dirname, 'import-worker.js')) },
        printPdf: electronPrinter,
        // The core hands over only files it stored itself, under attachments/, of inert types whose
        // bytes it checked (attachment-types.ts).
        openFile: async (path) => {
          const failure = await shell.openPath(path);
          if (failure) throw new Error(failure);
        },
        // The hub password, encrypted by the operating system; refused where it cannot be.
        secrets: safeStorageSecretStore(safeStorage, join(app.getPath('userData'), ...SAFE_SECRETS_FILE)),
      },
    });
  } catch (error) {
    dialog.showErrorBox('Fact-Check Workbench cannot open its data', (error as Error).message);
    app.quit();
    return;
  }
  registerIpc(core.dispatch, location);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(app.isPackaged)));
  const openWindow = (): BrowserWindow => {
    const opened = createWindow();
    relayChanges(core.changes, opened.webContents);
    return opened;
  };
  let window = openWindow();
  app.on('second-instance', () => {
    if (window.isDestroyed()) window = openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Quit only after the last write is on disk and the data folder's lock is released.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void core.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

void start();
