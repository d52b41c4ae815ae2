import { expect, test } from '../fixtures/workbench-test';
import { apiCall } from '../fixtures/api';
import { WorkbenchPage } from '../pages/workbench-page';

/** The reporter's revision: one figure changed, one paragraph cut, one moved to the end. */
function revise(text: string): string {
  const paragraphs = text.split('\n\n');
  const senator = paragraphs.findIndex((p) => p.startsWith('State Senator'));
  const moved = paragraphs.splice(senator, 1)[0]!;
  return [...paragraphs.filter((p) => !p.startsWith('Homeowners in Harborview')), moved]
    .join('\n\n')
    .replace('replaced 4,120 of', 'replaced 4,380 of');
}

test.describe('revisions', () => {
  test('a revised version carries claims across, shows what changed and what to re-check', async ({
    page,
    request,
    server,
  }) => {
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.openSample();
    await app.selectPhrase("replaced 4,120 of the city's estimated 9,800 lead service lines");
    await app.tagWithKey();
    await app.supportWith('HPWA replacement log');
    await app.setStatus('Verified');
    await page.keyboard.press('Escape');
    await app.selectPhrase('nearly double the pace of 2022');
    await app.tagWithKey();
    await page.keyboard.press('Escape');
    await app.selectPhrase('Landlords of buildings with more than four units are not covered.');
    await app.tagWithKey();
    await app.setStatus('In progress');
    await page.keyboard.press('Escape');

    const [summary] = await apiCall(request, server, 'articles.list', {});
    const article = await apiCall(request, server, 'articles.get', { id: summary!.id });
    await app.addVersion('Reporter revision', revise(article.versions[0]!.text));
    await expect(app.notices).toContainText(
      'Version 2 added. Claims carried over: 1 unchanged, 0 moved, 1 edited, 1 not found.',
    );
    await expect(page.getByLabel('Version shown')).toHaveValue('2');

    const recheck = app.inspector.getByRole('region', { name: 'Re-check list' });
    await expect(recheck).toContainText('Since version 1');
    await expect(recheck).toContainText('1 claim edited, 1 not found in the new text');
    await recheck.getByRole('button', { name: /edited replaced 4,380/ }).click();
    await expect(app.claimQuote()).toHaveText("replaced 4,380 of the city's estimated 9,800 lead service lines");
    await expect(app.inspector.getByRole('button', { name: 'Needs re-check', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(app.inspector.getByRole('list', { name: 'History' })).toContainText('Verified → Needs re-check');
    await expect(app.highlight('4,380')).toHaveClass(/status-needs-recheck/);

    await page.getByRole('button', { name: 'Compare versions' }).click();
    const stats = page.getByLabel('Change summary');
    await expect(stats).toContainText('1 removed, 1 moved, 1 changed');
    const changes = page.getByRole('navigation', { name: 'Changes' });
    await expect(changes.locator('.number-change')).toHaveText(['4,120 → 4,380']);
    await changes.getByRole('button', { name: /Removed/ }).click();
    await expect(
      page.getByTestId('diff-inline').locator('del').filter({ hasText: 'Landlords of buildings' }),
    ).toBeInViewport();
    await page.getByRole('button', { name: 'Side by side' }).click();
    await expect(page.getByTestId('diff-old')).toContainText('Homeowners in Harborview pay nothing');
    await expect(page.getByTestId('diff-new').locator('.diff-move')).toContainText('State Senator Lorna Vasquez-Hale');
    // Esc leaves the comparison with the claim still open; a second Esc goes back to the claims list.
    await page.keyboard.press('Escape');
    await expect(app.claimQuote()).toHaveText("replaced 4,380 of the city's estimated 9,800 lead service lines");
    await page.keyboard.press('Escape');

    await recheck.getByRole('button', { name: /not found Landlords/ }).click();
    await expect(app.inspector.getByRole('note')).toContainText('not found in the current version');
    await app.selectPhrase('Crews have dug test pits at 600 of them since January');
    await app.inspector.getByRole('button', { name: 'Re-attach to the selection' }).click();
    await expect(app.highlight('test pits')).toHaveText('Crews have dug test pits at 600 of them since January');
    await expect(app.inspector.getByRole('note')).toHaveCount(0);

    await page.reload();
    await expect(app.highlights).toHaveCount(3);
    await expect(recheck).toContainText('1 claim edited, 0 not found');
    await page.getByLabel('Version shown').selectOption('1');
    await expect(page.getByRole('note')).toContainText('You are reading version 1');
    await expect(app.draft).toContainText('Homeowners in Harborview pay nothing');
  });
});
