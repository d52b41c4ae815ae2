import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../core/handlers/context';

/**
 * The desktop app prints reports with Electron's printToPDF in a hidden window without JavaScript.
 * The HTML goes through a temporary file: a data: URL of a large report exceeds Chromium's limit.
 */
export const electronPrinter: PdfPrinter = async (html) => {
  const dir = await mkdtemp(join(tmpdir(), 'factcheck-pdf-'));
  const file = join(dir, 'report.html');
  // prettier-ignore
  const window = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK: hidden and without script, and index.ts denies new windows for every web contents
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await writeFile(file, html, 'utf8');
    await window.loadFile(file);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
};
