import { expect, test } from '../fixtures/workbench-test';
import { apiCall } from '../fixtures/api';
import { ComparePage } from '../pages/compare-page';
import { WorkbenchPage } from '../pages/workbench-page';

/** A long draft: every paragraph different, so that each edit below is a change of its own. */
function longDraft(paragraphs: number): string {
  return Array.from(
    { length: paragraphs },
    (_, i) =>
      `Section ${i + 1} of the audit found that the county spent ${1000 + i} dollars on item ${i * 7} during ` +
      `the year, according to records the board released to reporters after the hearing on budget line ${i}.`,
  ).join('\n\n');
}

test.describe('a long comparison', () => {
  test('its last change is drawn and scrolled to from the change list, in both layouts', async ({
    page,
    request,
    server,
  }) => {
    const text = longDraft(1200);
    const article = await apiCall(request, server, 'articles.create', { title: 'The long audit', text });
    const revised = text
      .replace('spent 1005 dollars', 'spent 1105 dollars')
      .replace('Section 1200 of the audit', 'Section 1200 of the final audit');
    await apiCall(request, server, 'versions.add', { articleId: article.id, text: revised, label: 'Final' });

    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.articleItem(/The long audit/).click();
    const compare = new ComparePage(page);
    await compare.open();
    await expect(compare.stats).toContainText('2 changed');
    await expect(compare.changes.locator('.number-change')).toHaveText(['1005 → 1105']);

    await (await compare.lastChange()).click();
    const last = compare.inline.locator('ins', { hasText: 'final' });
    await expect(last).toBeInViewport();
    await expect(compare.inline).toContainText('Section 1200 of the final audit');

    await page.getByRole('button', { name: 'Side by side' }).click();
    await (await compare.lastChange()).click();
    await expect(compare.newColumn.locator('ins', { hasText: 'final' })).toBeInViewport();
    await expect(compare.oldColumn).toContainText('Section 1200 of the audit');
  });
});
