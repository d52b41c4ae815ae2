import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/workbench-test';
import { makeDocx, para, run } from '../../src/main/core/import/make-docx';
import { WorkbenchPage } from '../pages/workbench-page';

/** Drops a file onto the window the way the browser does when a file is dragged in from the desktop. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name));
      return transfer;
    },
    { name, data: [...bytes] },
  );
  const target = page.locator('.workbench');
  await target.dispatchEvent('dragover', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await target.dispatchEvent('drop', { dataTransfer });
}

const TRACKED = `<w:ins w:id="1" w:author="Ed" w:date="2025-10-14T09:00:00Z">${run('$38 million')}</w:ins><w:del w:id="2" w:author="Ed" w:date="2025-10-14T09:00:00Z"><w:r><w:delText>$36 million</w:delText></w:r></w:del>`;
const DOCX = makeDocx({
  title: 'Ferry budget',
  body: [
    para(run('Ferry budget passes'), 'Heading1'),
    para(`${run('The council approved ')}${TRACKED}${run(' for the ferry on Tuesday.')}`),
    para(run('Fares will rise by 12 percent in May, the transit director said.')),
  ].join(''),
  comments: [{ author: 'Rosa', text: 'Check the fare figure with the agency' }],
});

/**
 * The first file read starts the import worker and loads the Word, HTML and Markdown readers in it:
 * on a busy machine that alone can take longer than Playwright's default wait.
 */
const FIRST_READ = { timeout: 20_000 };

test.describe('importing drafts', () => {
  test('drag a Word file in, preview it, reject its tracked changes, and see its comments beside the draft', async ({
    page,
    server,
  }) => {
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await dropFile(page, 'ferry.docx', DOCX);
    const dialog = page.getByRole('dialog', { name: 'Import ferry.docx' });
    await expect(dialog).toContainText('Word document', FIRST_READ);
    await expect(dialog.getByLabel('Title')).toHaveValue('Ferry budget');
    await expect(dialog.getByLabel('Preview of the text')).toContainText('approved $38 million for the ferry');
    await expect(dialog).toContainText('This document has tracked changes.');
    await dialog.getByLabel(/Reject all changes/).check();
    await expect(dialog.getByLabel('Preview of the text')).toContainText('approved $36 million for the ferry');
    await expect(dialog).toContainText('1 comment will be listed beside the draft');
    await dialog.getByRole('button', { name: 'Import as new article' }).click();
    await expect(dialog).toHaveCount(0);

    await expect(app.articleItem(/Ferry budget/)).toBeVisible();
    await expect(app.draft.locator('p')).toHaveText([
      'Ferry budget passes',
      'The council approved $36 million for the ferry on Tuesday.',
      'Fares will rise by 12 percent in May, the transit director said.',
    ]);
    await expect(page.getByText('they were rejected when it was imported')).toBeVisible();
    await page.getByText('Comments in the file (1)').click();
    await expect(page.getByRole('list', { name: 'Comments in the file' })).toContainText(
      'Check the fare figure with the agency',
    );
    await expect(app.draft).not.toContainText('Check the fare figure');
  });

  test('a broken file is refused with a clear message, and nothing is stored', async ({ page, server }) => {
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await dropFile(page, 'photo.docx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const dialog = page.getByRole('dialog', { name: 'Import photo.docx' });
    const alert = dialog.getByRole('alert');
    await expect(alert).toHaveText('photo.docx is not a Word document (it looks like a PNG image).', FIRST_READ);
    await expect(alert.getByTitle('Code: CORRUPT_FILE')).toHaveCount(1);
    await expect(dialog.getByRole('button', { name: 'Import as new article' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.articles).toContainText('No articles yet');
  });

  test('a Windows-1252 text file is refused as UTF-8, then read as Windows-1252 when the editor says so', async ({
    page,
    server,
  }) => {
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await page.getByRole('button', { name: /Paste a draft or open a file/ }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('dialog').getByRole('button', { name: 'Open a file…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'old-draft.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]),
    });
    const dialog = page.getByRole('dialog', { name: 'Import old-draft.txt' });
    await expect(dialog.getByRole('alert')).toContainText('old-draft.txt is not UTF-8 text', FIRST_READ);
    await expect(dialog.getByRole('alert')).not.toContainText('(ENCODING)');
    await dialog.getByRole('button', { name: 'Open it as Windows-1252' }).click();
    await expect(dialog.getByLabel('Preview of the text')).toHaveText('Café “ok”');
    await dialog.getByRole('button', { name: 'Import as new article' }).click();
    await expect(app.draft).toHaveText('Café “ok”');
  });

  test('rich text pasted from a web page is sanitized into paragraphs', async ({ page, server }) => {
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await page.getByRole('button', { name: /Paste a draft or open a file/ }).click();
    const area = page.getByLabel('Draft text');
    await area.focus();
    await area.evaluate((el) => {
      const transfer = new DataTransfer();
      transfer.setData(
        'text/html',
        '<h2>Toll road</h2><p onclick="alert(1)">Tolls rise <b>8%</b>.</p><script>alert(2)</script><ul><li>Cars: $4</li></ul>',
      );
      transfer.setData('text/plain', 'Toll road Tolls rise 8%.');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    });
    await expect(area).toHaveValue('Toll road\n\nTolls rise 8%.\n\n• Cars: $4', FIRST_READ);
    await page.getByRole('button', { name: 'Create article' }).click();
    await expect(app.draft.locator('p')).toHaveText(['Toll road', 'Tolls rise 8%.', '• Cars: $4']);
  });
});
