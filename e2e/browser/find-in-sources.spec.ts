import type { Browser } from '@playwright/test';
import { expect, test } from '../fixtures/workbench-test';
import { SourcesPage } from '../pages/sources-page';
import { WorkbenchPage } from '../pages/workbench-page';

/** A real three-page PDF, printed by the same Chromium, with known words on each page. */
async function hearingPdf(browser: Browser): Promise<Buffer> {
  const printer = await browser.newPage();
  const pages = [
    'Opening statement of the chair on the annual threat assessment.',
    'The former director told the committee that cyber attacks had become the leading threat.',
    'Questions from members and adjournment.',
  ];
  await printer.setContent(pages.map((p) => `<section style="break-after: page"><p>${p}</p></section>`).join(''));
  const pdf = await printer.pdf({ format: 'A4' });
  await printer.close();
  return pdf;
}

test.describe('find in sources', () => {
  test('finds words on page 2 of an attached PDF and opens its source', async ({ page, server, browser }) => {
    const app = new WorkbenchPage(page);
    const sources = new SourcesPage(page);
    await app.goto(server.url);
    await sources.open();
    await sources.find('cyber attacks');
    await expect(sources.screen).toContainText('No attached file has text to search yet.');
    await sources.find('');

    await sources.create({ kind: 'Testimony', title: 'Senate threat assessment hearing' });
    await sources.attach({ name: 'hearing-2010.pdf', mimeType: 'application/pdf', buffer: await hearingPdf(browser) });
    await expect(sources.fileRow('hearing-2010.pdf')).toContainText('text: 3 pages', { timeout: 30_000 });
    await sources.create({ kind: 'Document', title: 'Unrelated memo' });

    await sources.find('CYBER attacks');
    await expect(sources.found()).toHaveCount(1);
    const result = sources.found().first();
    await expect(result).toContainText('Senate threat assessment hearing');
    await expect(result).toContainText('hearing-2010.pdf · p. 2');
    await expect(result.locator('mark')).toHaveText('cyber attacks');
    await page.screenshot({ path: test.info().outputPath('find-in-sources.png') });

    await result.focus();
    await page.keyboard.press('Enter');
    await expect(sources.heading()).toHaveText('Senate threat assessment hearing');
    await expect(sources.found()).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath('source-files.png') });
    await sources.find('no such words anywhere');
    await expect(sources.screen).toContainText('No attached file contains “no such words anywhere”.');
  });
});
