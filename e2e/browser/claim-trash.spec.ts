import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/shared/model';
import { expect, test } from '../fixtures/workbench-test';
import { ArticleMenuPage } from '../pages/article-menu-page';
import { ArticleTrashPage } from '../pages/article-trash-page';
import { SettingsPage } from '../pages/settings-page';
import { WorkbenchPage } from '../pages/workbench-page';

const PACE = 'nearly double the pace of 2022';
const LINES = "replaced 4,120 of the city's estimated 9,800 lead service lines";

test.describe('the article’s trash', () => {
  test('a deleted claim keeps its history: in the trash with who, when and why, restored, and in the JSON record', async ({
    page,
    server,
    data,
  }) => {
    const app = new WorkbenchPage(page);
    const trash = new ArticleTrashPage(page);
    const menu = new ArticleMenuPage(page);
    await app.goto(server.url);
    const me = (await new SettingsPage(page).editorName().textContent())!.trim();
    await app.openSample();
    await app.selectPhrase(LINES);
    await app.tagWithKey();
    await page.keyboard.press('Escape');
    await app.selectPhrase(PACE);
    await app.tagWithKey();
    await app.setStatusWithNote('In progress', 'Asked the utility');

    await trash.deleteOpenClaim('Tagged the wrong sentence');
    await expect(app.highlights).toHaveCount(1);
    await expect(app.highlight(PACE)).toHaveCount(0);
    await expect(app.claimRows()).toHaveCount(1);
    await expect(app.notices).toContainText('in the article’s trash');

    await trash.open();
    await expect(trash.items).toHaveCount(1);
    const item = trash.item(PACE);
    await expect(item).toContainText(`deleted by ${me}`);
    await expect(item).toContainText('Why: “Tagged the wrong sentence”');
    await expect(item).toContainText('In progress');

    // The JSON record keeps the trash: it is the article's full record.
    await page.keyboard.press('Escape');
    await menu.openReport();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const path = join(data.dir, 'record.json');
    await (await download).saveAs(path);
    const record = JSON.parse(readFileSync(path, 'utf8')) as { article: Article };
    expect(record.article.claims.map((c) => c.anchor.exact)).toEqual([LINES]);
    expect(record.article.trashedClaims?.map((c) => [c.anchor.exact, c.deleted.reason])).toEqual([
      [PACE, 'Tagged the wrong sentence'],
    ]);
    await page.keyboard.press('Escape');

    await trash.open();
    await trash.restore(PACE);
    await expect(app.claimQuote()).toHaveText(PACE);
    await expect(app.highlight(PACE)).toHaveCount(1);
    const history = app.history().getByRole('listitem');
    await expect(history.nth(0)).toContainText('Restored from the trash');
    await expect(history.nth(1)).toContainText('Deleted (moved to the article’s trash)');
    await expect(history.nth(1)).toContainText('“Tagged the wrong sentence”');
    await expect(history.nth(2)).toContainText('Unchecked → In progress');
    await expect(app.inspector.getByRole('button', { name: 'In progress', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.reload();
    await expect(app.highlights).toHaveCount(2);
    await trash.open();
    await expect(page.getByRole('dialog', { name: 'Article trash' })).toContainText('No deleted claims.');
    await expect(menu.button).toBeVisible();
  });
});
