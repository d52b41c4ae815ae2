import { expect, test } from '../fixtures/workbench-test';
import { WorkbenchPage } from '../pages/workbench-page';

test.describe('the printed address', () => {
  test('opens the workbench once, leaves no code in the address bar, and is refused the second time', async ({
    page,
    server,
    browser,
  }) => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#launch=[\w-]+$/);
    expect(server.url).not.toContain(server.token);
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await expect(page.getByRole('navigation', { name: 'Articles' })).toBeVisible();
    expect(page.url()).toBe(`${server.origin}/`);

    // A reload keeps the tab's session.
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Articles' })).toBeVisible();

    const second = await browser.newPage();
    try {
      await second.goto(server.url);
      await expect(
        second.getByText(
          'This address was already used. Start the workbench again (or run factcheck serve) for a new one.',
        ),
      ).toBeVisible();
      await expect(second.getByRole('navigation', { name: 'Articles' })).toHaveCount(0);
    } finally {
      await second.close();
    }
  });
});
