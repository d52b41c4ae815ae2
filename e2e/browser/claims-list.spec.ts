import type { APIRequestContext } from '@playwright/test';
import { apiCall } from '../fixtures/api';
import type { RunningServer } from '../fixtures/server';
import { expect, test } from '../fixtures/workbench-test';
import { WorkbenchPage } from '../pages/workbench-page';

const LONG = (i: number): string =>
  `Claim ${i}: the agency said the council spent ${i} million dollars on outside contractors and consultants over the past three fiscal years, according to the auditor's report.`;
const SHORT = (i: number): string => `Claim ${i} is short.`;
const STATUSES = ['unchecked', 'in-progress', 'disputed', 'unverifiable'] as const;

/** An article of `count` one-sentence paragraphs, each tagged; long and short ones mixed, statuses spread. */
async function manyClaims(request: APIRequestContext, server: RunningServer, count: number): Promise<void> {
  const sentences = Array.from({ length: count }, (_, i) => ((i * 37) % 11 < 4 ? LONG(i) : SHORT(i)));
  const text = sentences.join('\n\n');
  const article = await apiCall(request, server, 'articles.create', { title: 'Many claims', text });
  let from = 0;
  for (const [i, sentence] of sentences.entries()) {
    const start = text.indexOf(sentence, from);
    from = start + sentence.length;
    const claim = await apiCall(request, server, 'claims.create', { articleId: article.id, start, end: from });
    const status = STATUSES[(i * 7) % STATUSES.length]!;
    if (status !== 'unchecked') {
      await apiCall(request, server, 'claims.setStatus', { claimId: claim.id, status, note: 'Checked by phone.' });
    }
  }
}

test.describe('the claims list', () => {
  test('sorted by status, every row in view shows its dot and the rows meet without gaps or overlaps', async ({
    page,
    request,
    server,
  }) => {
    await manyClaims(request, server, 120);
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.articleItem(/^Many claims/).click();
    await expect(app.claimRows().first()).toBeVisible();
    await app.inspector.getByLabel('Sort').selectOption({ label: 'By status (open first)' });
    await expect(app.claimRows().first()).toContainText('In progress');

    for (const scrolled of [0, 1800]) {
      await app.inspector.evaluate((pane, top) => pane.scrollTo({ top }), scrolled);
      // The virtualizer measures the rows drawn after a scroll in the next frames.
      await expect
        .poll(() => app.claimListLayout(), { message: `rows after scrolling to ${scrolled}` })
        .toMatchObject({ gaps: [], dotsHidden: [] });
      const { rows } = await app.claimListLayout();
      // A screenful, between the top bar and the sync bar.
      expect(rows).toBeGreaterThan(5);
    }
  });

  test('a claim picked in the list, or found by the library search, is brought into view in the draft and flashed', async ({
    page,
    request,
    server,
  }) => {
    await manyClaims(request, server, 60);
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.articleItem(/^Many claims/).click();
    const far = app.highlight('Claim 59 is short.');
    await expect(far).not.toBeInViewport();

    // Near the end of a long list: the pane scrolled down to it, as an editor would.
    await app.inspector.evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }));
    await app.claimRows().filter({ hasText: 'Claim 59 is short.' }).click();
    await expect(app.claimQuote()).toHaveText('Claim 59 is short.');
    await expect(far).toBeInViewport();
    await expect(far).toHaveAttribute('data-flash', 'on');
    // The flash is brief.
    await expect(far).not.toHaveAttribute('data-flash', 'on', { timeout: 4000 });

    // With reduced motion the draft jumps instead of gliding, and the claim is still marked.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('Escape');
    await app.draft.evaluate((text) => text.closest('.pane')!.scrollTo({ top: 0 }));
    const other = app.highlight('Claim 54 is short.');
    await expect(other).not.toBeInViewport();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Claim 54 is short');
    await page
      .getByRole('search')
      .getByRole('button', { name: /Claim 54 is short/ })
      .click();
    await expect(app.claimQuote()).toHaveText('Claim 54 is short.');
    await expect(other).toBeInViewport();
    await expect(other).toHaveAttribute('data-flash', 'on');
  });
});
