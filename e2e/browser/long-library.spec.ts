import { expect, test } from '../fixtures/workbench-test';
import { apiCall } from '../fixtures/api';
import { WorkbenchPage } from '../pages/workbench-page';

const COUNT = 160;
const titleOf = (n: number): string => `Article ${String(n).padStart(3, '0')}`;

test.describe('a long library', () => {
  test('the article list draws the entries in view, and scrolling brings the others', async ({
    page,
    request,
    server,
  }) => {
    for (let n = 1; n <= COUNT; n++) {
      await apiCall(request, server, 'articles.create', { title: titleOf(n), text: `Draft number ${n}.` });
    }
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    // Newest first: the last one created is at the top, the first at the bottom, out of view.
    await expect(app.articleItem(new RegExp(`^${titleOf(COUNT)} `))).toBeVisible();
    await expect(app.articleItem(new RegExp(`^${titleOf(1)} `))).toHaveCount(0);
    expect(await app.articles.getByRole('listitem').count()).toBeLessThan(COUNT);

    await app.articles.evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }));
    const oldest = app.articleItem(new RegExp(`^${titleOf(1)} `));
    await expect(oldest).toBeVisible();
    await oldest.click();
    await expect(app.draftTitle()).toHaveText(titleOf(1));
    await expect(oldest).toHaveAttribute('aria-current', 'page');
  });
});
