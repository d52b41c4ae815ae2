import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
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

export interface LaunchOptions {
  executablePath: string;
  /** Playwright adds --no-sandbox unless this is true. */
  chromiumSandbox: boolean;
  args: string[];
}

type Launch = (options: LaunchOptions) => Promise<Browser>;

const launchPlaywright: Launch = async (options) => (await import('playwright-core')).chromium.launch(options);

/**
 * Chromium keeps its sandbox wherever the system allows it. As root it refuses to start with one (CI
 * runs as root), and some systems lack the kernel features it needs; then it runs without, and says
 * so once in the log.
 */
async function launchSandboxedIfPossible(
  launch: Launch,
  executablePath: string,
  isRoot: boolean,
  log: (message: string) => void,
): Promise<Browser> {
  const args = ['--disable-gpu', '--disable-background-networking', '--no-first-run'];
  if (!isRoot) {
    try {
      return await launch({ executablePath, chromiumSandbox: true, args });
    } catch (error) {
      log(
        `[pdf] Chromium could not start with its sandbox here, so it runs without (${(error as Error).message.split('\n', 1)[0]}).`,
      );
    }
  } else {
    log('[pdf] Chromium runs without its sandbox: it refuses to use one when run as root.');
  }
  return launch({ executablePath, chromiumSandbox: false, args });
}

/**
 * Browser mode and the CLI print reports with headless Chromium (through playwright-core, which
 * never downloads a browser). JavaScript is off: the report has none, and none may run.
 */
export function chromiumPrinter(
  executablePath: string,
  launch: Launch = launchPlaywright,
  isRoot: boolean = process.getuid?.() === 0,
  log: (message: string) => void = console.error,
): PdfPrinter {
  let said = false;
  const once = (message: string): void => {
    if (!said) log(message);
    said = true;
  };
  return async (html) => {
    const browser = await launchSandboxedIfPossible(launch, executablePath, isRoot, once);
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
