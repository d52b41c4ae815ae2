import type { Route } from '@playwright/test';
import { apiCall } from '../fixtures/api';
import { expect, test } from '../fixtures/workbench-test';
import { WorkbenchPage } from '../pages/workbench-page';

const FIRST = 'Ferry fares rose 12 percent in May, the agency said.';
const SECOND = 'The council approved 40 new buses on Tuesday.';

/** Holds the requests `route` matches until `release` is called. */
function holdRequests(): { handler: (route: Route) => Promise<void>; release: () => void; held: Promise<void> } {
  let release!: () => void;
  let seen!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = new Promise<void>((resolve) => (seen = resolve));
  return {
    handler: async (route) => {
      seen();
      await released;
      await route.continue();
    },
    release,
    held,
  };
}

test.describe('what the page shows stays true to the store', () => {
  test('clicking two articles quickly ends on the second, even when the first answers last', async ({
    page,
    server,
    request,
  }) => {
    const first = await apiCall(request, server, 'articles.create', { title: 'Ferry fares', text: FIRST });
    await apiCall(request, server, 'articles.create', { title: 'Bus fleet', text: SECOND });
    const app = new WorkbenchPage(page);
    await app.goto(server.url);

    const slow = holdRequests();
    await page.route('**/api/articles.get', (route) =>
      (route.request().postDataJSON() as { id: string }).id === first.id ? slow.handler(route) : route.continue(),
    );
    await app.articleItem(/Ferry fares/).click();
    await slow.held;
    await app.articleItem(/Bus fleet/).click();
    await expect(app.draft).toHaveText(SECOND);
    const late = page.waitForResponse('**/api/articles.get');
    slow.release();
    await late;
    await expect(app.draftTitle()).toHaveText('Bus fleet');
    await expect(app.draft).toHaveText(SECOND);
    await expect(app.articleItem(/Bus fleet/)).toHaveAttribute('aria-current', 'page');
  });

  test('a change made by another client shows within a second, without a reload', async ({ page, server, request }) => {
    const article = await apiCall(request, server, 'articles.create', { title: 'Ferry fares', text: FIRST });
    const other = await apiCall(request, server, 'articles.create', { title: 'Bus fleet', text: SECOND });
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.articleItem(/Ferry fares/).click();
    await expect(app.draft).toHaveText(FIRST);
    const fast = { timeout: 1000 };

    const claim = await apiCall(request, server, 'claims.create', {
      articleId: article.id,
      start: 0,
      end: FIRST.indexOf(', the agency'),
    });
    await expect(app.highlights).toHaveCount(1, fast);
    await expect(app.articleItem(/Ferry fares/)).toContainText('0 of 1 checked', fast);

    await apiCall(request, server, 'claims.setStatus', { claimId: claim.id, status: 'in-progress' });
    await expect(app.highlights.first()).toHaveClass(/status-in-progress/, fast);

    await apiCall(request, server, 'articles.rename', { id: article.id, title: 'Ferry fares in May' });
    await expect(app.draftTitle()).toHaveText('Ferry fares in May', fast);
    await expect(app.articleItem(/Ferry fares in May/)).toBeVisible(fast);

    await app.showOverview();
    const renamed = await apiCall(request, server, 'articles.rename', { id: other.id, title: 'Bus fleet plan' });
    await expect(app.overviewRow('Bus fleet plan').locator('time')).toHaveAttribute(
      'datetime',
      renamed.updatedAt,
      fast,
    );
  });

  test('a refused edit is explained beside the notes, which keep what was typed, and the reason stays for the next change', async ({
    page,
    server,
  }) => {
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.openSample();
    await app.selectPhrase('nearly double the pace of 2022');
    await app.tagWithKey();
    const notes = app.inspector.getByLabel('Notes');
    await notes.fill('The agency’s own figures show a smaller rise.');
    await notes.blur();
    await expect(app.history()).toContainText('Notes');
    await app.setStatus('False');

    const reason = app.inspector.getByLabel('Reason for the next change (optional)');
    await reason.fill('Tidying up');
    await notes.fill('');
    await notes.blur();
    // Explained beside the field, in the core's sentence without its code; what was typed stays there.
    await expect(notes).toHaveAccessibleDescription(/cannot be emptied/);
    await expect(notes).not.toHaveAccessibleDescription(/STATUS_RULE|\([A-Z_]+\)/);
    await expect(notes).toHaveValue('');
    await expect(reason).toHaveValue('Tidying up');
    await expect(app.inspector.getByRole('button', { name: 'False', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('accepting a suggestion, then opening another article at once, stays on the other article', async ({
    page,
    server,
    request,
  }) => {
    await apiCall(request, server, 'articles.create', { title: 'Bus fleet', text: SECOND });
    // The start screen, with its samples, is not shown once the library has articles.
    const samples = await apiCall(request, server, 'samples.list', {});
    await apiCall(request, server, 'samples.open', { id: samples[0]!.id });
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.articleItem(/Harborview/).click();

    const suggestion = app.draft.locator('[data-suggestion]', { hasText: 'The average replacement now costs $7,400' });
    await suggestion.click();
    const slow = holdRequests();
    await page.route('**/api/suggestions.accept', slow.handler);
    await app.inspector
      .getByLabel('Suggestion')
      .getByRole('button', { name: /Accept/ })
      .click();
    await slow.held;
    await app.articleItem(/Bus fleet/).click();
    await expect(app.draft).toHaveText(SECOND);
    const accepted = page.waitForResponse('**/api/suggestions.accept');
    slow.release();
    await accepted;
    await expect(app.draftTitle()).toHaveText('Bus fleet');
    await expect(app.draft).toHaveText(SECOND);
    await expect(app.inspector.getByRole('heading', { name: 'Claims' })).toBeVisible();

    await app.articleItem(/Harborview/).click();
    await expect(app.highlight('$7,400')).toBeVisible();
  });
});
