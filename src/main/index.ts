import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, shell, session } from 'electron';
import { openCore, type Core } from './core/open-core';
import { registerIpc } from './ipc';
import { externalUrl, isAppUrl } from './navigation-guards';
import { electronPrinter } from './pdf/electron-pdf';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const samplesDir = app.isPackaged
  ? join(process.resourcesPath, 'samples')
  : join(import.meta.dirname, '../../resources/samples');

const location = { devServerUrl, rendererFileUrl: pathToFileURL(rendererFile).href };
const isTrustedUrl = (url: string): boolean => isAppUrl(url, location);

/** Only web and mail links leave the app, and only to the system browser or mail client. */
function openExternally(url: string): void {
  const safe = externalUrl(url);
  if (safe) void shell.openExternal(safe);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Fact-Check Workbench',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) {
      event.preventDefault();
      openExternally(url);
    }
  });
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererFile);
  return window;
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  let core: Core;
  try {
    // FACTCHECK_DATA points the app at another data folder (tests, a second desk's library).
    core = await openCore({
      dataDir: process.env.FACTCHECK_DATA ?? app.getPath('userData'),
      resources: {
        samplesDir,
        importWorker: { url: pathToFileURL(join(import.meta.dirname, 'import-worker.js')) },
        printPdf: electronPrinter,
      },
    });
  } catch (error) {
    dialog.showErrorBox('Fact-Check Workbench cannot open its data', (error as Error).message);
    app.quit();
    return;
  }
  registerIpc(core.dispatch, isTrustedUrl);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([{ role: 'fileMenu' }, { role: 'editMenu' }, { role: 'viewMenu' }, { role: 'windowMenu' }]),
  );
  let window = createWindow();
  app.on('second-instance', () => {
    if (window.isDestroyed()) window = createWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createWindow();
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
