import { expect, test } from '../fixtures/workbench-test';
import { WorkbenchPage } from '../pages/workbench-page';

test.describe('claim suggestions', () => {
  test('accept one suggestion, dismiss another; the dismissal survives a reload', async ({ page, server }) => {
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.openSample();
    const suggested = app.draft.locator('[data-suggestion]');
    await expect(suggested.first()).toBeVisible();
    const count = Number(
      (await app.inspector.getByRole('button', { name: /suggested, not yet tagged/ }).textContent())!.split(' ')[0],
    );
    expect(count).toBeGreaterThan(3);

    const figure = app.draft.locator('[data-suggestion]', { hasText: 'The average replacement now costs $7,400' });
    await figure.click();
    const panel = app.inspector.getByLabel('Suggestion');
    await expect(panel.locator('blockquote')).toContainText(
      'The average replacement now costs $7,400, down from $9,100 in 2022',
    );
    await expect(panel).toContainText('Why:');
    await panel.getByRole('button', { name: /Accept/ }).click();
    await expect(app.highlight('$7,400')).toBeVisible();
    await expect(app.claimQuote()).toContainText('The average replacement now costs $7,400');
    await expect(app.inspector.getByLabel('Kind')).toHaveValue('statistic');
    await page.keyboard.press('Escape');

    const weather = app.draft.locator('[data-suggestion]', { hasText: 'Crews have dug test pits' });
    await weather.click();
    await page.keyboard.press('d');
    await expect(app.draft.locator('[data-suggestion]', { hasText: 'Crews have dug test pits' })).toHaveCount(0);
    await expect(app.inspector.getByRole('button', { name: `${count - 2} suggested, not yet tagged` })).toBeVisible();

    await page.reload();
    await expect(app.draft.locator('[data-suggestion]').first()).toBeVisible();
    await expect(app.draft.locator('[data-suggestion]', { hasText: 'Crews have dug test pits' })).toHaveCount(0);
    await expect(app.inspector.getByRole('button', { name: `${count - 2} suggested, not yet tagged` })).toBeVisible();

    await page.getByLabel('How many to show').fill('0.2');
    await expect(app.draft.locator('[data-suggestion]')).not.toHaveCount(count - 2);
    await page.getByRole('group', { name: 'Suggestions' }).getByLabel('Suggestions').uncheck();
    await expect(app.draft.locator('[data-suggestion]')).toHaveCount(0);
  });
});
