import { chromium } from 'playwright-core';

/** Chromium for tests: CHROMIUM_PATH, else Debian's. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Each page's HTML on a page of its own. */
export function pagedHtml(pages: readonly string[]): string {
  const body = pages.map((page) => `<section style="break-after: page">${page}</section>`).join('');
  return `<!doctype html><html><body style="font: 12pt serif">${body}</body></html>`;
}

/**
 * Prints HTML to a real PDF with headless Chromium (as the workbench prints reports), so that tests
 * read files with a real text layer whose page numbers are known.
 */
export async function printPdf(html: string): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4' }));
  } finally {
    await browser.close();
  }
}
