import { expect, test } from '../fixtures/workbench-test';
import { ClaimMadePage } from '../pages/claim-made-page';
import { FirstRunPage } from '../pages/first-run-page';
import { WorkbenchPage } from '../pages/workbench-page';

test.describe('a first-time editor', () => {
  test('the start screen names every format that can be opened', async ({ page, server }) => {
    const app = new WorkbenchPage(page);
    const first = new FirstRunPage(page);
    await app.goto(server.url);
    await expect(first.startScreen()).toContainText('open a .docx, .html, .md or .txt file');
  });

  test('keys 1–6 set the statuses an editor may set, and no key offers needs re-check', async ({ page, server }) => {
    const app = new WorkbenchPage(page);
    const first = new FirstRunPage(page);
    await app.goto(server.url);
    await app.openSample();
    await expect(first.legendItem('Unverifiable')).toHaveAttribute('title', 'Press 6 to set');
    await expect(first.legendItem('Needs re-check')).not.toHaveAttribute('title', /Press/);

    await app.selectPhrase('nearly double the pace of 2022');
    await app.tagWithKey();
    await page.keyboard.press('2');
    await expect(app.inspector.getByRole('button', { name: 'In progress', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const calls = first.countCalls('claims.setStatus');
    await page.keyboard.press('7');
    await page.keyboard.press('1');
    await expect(app.inspector.getByRole('button', { name: 'Unchecked', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(calls.count()).toBe(1);
    await expect(app.statusRefusal()).toHaveCount(0);
  });

  test('moving the suggestion slider right shows more suggestions', async ({ page, server }) => {
    const app = new WorkbenchPage(page);
    const first = new FirstRunPage(page);
    await app.goto(server.url);
    await app.openSample();
    const suggested = app.draft.locator('[data-suggestion]');
    await expect(suggested.first()).toBeVisible();

    await first.moveSlider('left');
    await expect(first.suggestionSlider()).toHaveAttribute('aria-valuetext', 'sentences scoring 90% or more');
    const fewer = await suggested.count();
    await first.moveSlider('right');
    await expect(first.suggestionSlider()).toHaveAttribute('aria-valuetext', 'sentences scoring 20% or more');
    await expect.poll(() => suggested.count()).toBeGreaterThan(fewer);
  });
});

test.describe('the claim as it was made', () => {
  test('who made it, where and when are kept, shown in the history, and a bad date is refused', async ({
    page,
    server,
  }) => {
    const app = new WorkbenchPage(page);
    const made = new ClaimMadePage(page);
    await app.goto(server.url);
    await app.openSample();
    await app.selectPhrase('nearly double the pace of 2022');
    await app.tagWithKey();

    await made.fill('Made by', 'Harborview Water Authority');
    await made.claimantType().selectOption({ label: 'Organization' });
    await made.fill('Made on', '2025-11-04');
    await made.fill('Appeared at (web address)', 'https://water.example/release');
    await expect(app.history()).toContainText('Made by: Harborview Water Authority (organization)');
    await expect(app.history()).toContainText('Appeared in: https://water.example/release');

    // A refusal is explained beside the field, which keeps what was typed for correcting.
    await made.fill('Appeared on', '4 November');
    await expect(made.field('Appeared on')).toHaveAccessibleDescription(/must be a date written YYYY-MM-DD/);
    await expect(made.field('Appeared on')).toHaveValue('4 November');
    await made.fill('Appeared on', '2025-11-04');
    await expect(made.field('Appeared on')).toHaveAccessibleDescription('Saved');

    await page.reload();
    await app.highlight('nearly double').click();
    await expect(made.field('Made by')).toHaveValue('Harborview Water Authority');
    await expect(made.claimantType()).toHaveValue('organization');
    await expect(made.field('Made on')).toHaveValue('2025-11-04');
    await expect(made.field('Appeared at (web address)')).toHaveValue('https://water.example/release');
  });
});
