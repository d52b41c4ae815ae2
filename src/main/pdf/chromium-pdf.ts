import { existsSync } from 'node:fs';
import type { PdfPrinter } from '../core/handlers/context';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** A local Chromium (CHROMIUM_PATH, else the usual places), or undefined when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env.CHROMIUM_PATH, ...CANDIDATES].find((path): path is string => !!path && existsSync(path));
}

/**
 * Browser mode and the CLI print reports with headless Chromium (through playwright-core, which
 * never downloads a browser). JavaScript is off: the report has none, and none may run.
 */
export function chromiumPrinter(executablePath: string): PdfPrinter {
  return async (html) => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      });
    } finally {
      await browser.close();
    }
  };
}
