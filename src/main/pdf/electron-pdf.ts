import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../core/handlers/context';

/** The desktop app prints reports with Electron's printToPDF in a hidden window without JavaScript. */
export const electronPrinter: PdfPrinter = async (html) => {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    window.destroy();
  }
};
