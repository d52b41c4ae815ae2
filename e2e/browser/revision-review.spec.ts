import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../fixtures/workbench-test';
import { apiCall } from '../fixtures/api';
import { startServer, type RunningServer } from '../fixtures/server';
import { SENATE_DRAFT_V1, SENATE_DRAFT_V2 } from '../fixtures/senate-draft';
import { RevisionPage } from '../pages/revision-page';
import { WorkbenchPage } from '../pages/workbench-page';

const TESTIMONY = 'Senator Maria Okafor told a Senate committee on Tuesday';
const FIGURE = '$4.2 billion on outside contractors';
const SPOKESMAN = 'A spokesman for the agency declined to comment';
const AUDITS = 'three separate audits';

/** The senator's story with four claims (three being checked), then the reporter's revision. */
async function reviseStory(request: APIRequestContext, server: RunningServer, revise = true): Promise<void> {
  const article = await apiCall(request, server, 'articles.create', {
    title: 'Senate testimony',
    text: SENATE_DRAFT_V1,
  });
  for (const [phrase, status] of [
    [TESTIMONY, 'in-progress'],
    [FIGURE, 'in-progress'],
    [SPOKESMAN, 'in-progress'],
    [AUDITS, null],
  ] as const) {
    const start = SENATE_DRAFT_V1.indexOf(phrase);
    const claim = await apiCall(request, server, 'claims.create', {
      articleId: article.id,
      start,
      end: start + phrase.length,
    });
    if (status) await apiCall(request, server, 'claims.setStatus', { claimId: claim.id, status });
  }
  if (revise)
    await apiCall(request, server, 'versions.add', {
      articleId: article.id,
      text: SENATE_DRAFT_V2,
      label: 'Reporter revision',
    });
}

test.describe('reviewing a revision', () => {
  test('the new-version dialog keeps the label typed before a file is chosen', async ({ page, request, server }) => {
    await reviseStory(request, server, false);
    const app = new WorkbenchPage(page);
    const review = new RevisionPage(page);
    await app.goto(server.url);
    await app.articleItem('Senate testimony').click();
    const preview = await review.newVersionFromFile('Legal edits', { name: 'revision.txt', text: SENATE_DRAFT_V2 });
    await expect(preview.getByLabel('Label (optional)')).toHaveValue('Legal edits');
    await preview.getByRole('button', { name: 'Add as new version' }).click();
    await expect(page.getByLabel('Version shown')).toContainText('Version 2 — Legal edits');
  });

  test('an edited claim shows its old and new wording, in the inspector and its history', async ({
    page,
    request,
    server,
  }) => {
    await reviseStory(request, server);
    const app = new WorkbenchPage(page);
    const review = new RevisionPage(page);
    await app.goto(server.url);
    await app.articleItem('Senate testimony').click();
    await page
      .getByRole('region', { name: 'Re-check list' })
      .getByRole('button', { name: /edited Senator/ })
      .click();
    const wording = review.wordingChange(app.inspector);
    await expect(wording).toContainText('Changed in version 2');
    await expect(wording.locator('del')).toHaveText(['a']);
    await expect(wording.locator('ins')).toHaveText(['the', 'intelligence']);
    await expect(app.history().getByRole('listitem').filter({ hasText: 'Quote now reads' })).toContainText(
      'a Senate committee → the Senate intelligence committee',
    );
  });

  test('the change list names the changed words with their context', async ({ page, request, server }) => {
    await reviseStory(request, server);
    const app = new WorkbenchPage(page);
    const review = new RevisionPage(page);
    await app.goto(server.url);
    await app.articleItem('Senate testimony').click();
    await review.openCompare();
    const entries = review.entries();
    await expect(entries.filter({ hasText: 'Added' }).first()).toContainText(
      'in 2008, after a months-long investigation, according to',
    );
    await expect(entries.filter({ hasText: 'Added' }).last()).toContainText(
      'Earlier this year, the agency replaced its chief procurement officer.',
    );
    await expect(entries.filter({ hasText: 'Removed' })).toContainText(
      'A spokesman for the agency declined to comment on the testimony.',
    );
    await expect(entries.filter({ hasText: 'Added 2008' })).toHaveCount(0);
  });

  test('inline compare keeps paragraphs apart and links a moved paragraph with where it was', async ({
    page,
    request,
    server,
  }) => {
    await reviseStory(request, server);
    const app = new WorkbenchPage(page);
    const review = new RevisionPage(page);
    await app.goto(server.url);
    await app.articleItem('Senate testimony').click();
    await review.openCompare();
    const paragraphs = review.paragraphs(review.inline);
    await expect(paragraphs.filter({ hasText: 'A spokesman' })).not.toContainText('Earlier this year');
    await expect(paragraphs.filter({ hasText: 'Earlier this year' })).toHaveCount(1);
    await page.setViewportSize({ width: 1440, height: 300 });
    await review.moveMarker(review.inline, 'moved to ¶ 2').click();
    await expect(review.moveMarker(review.inline, 'moved from ¶ 1')).toBeInViewport();
    await review.moveMarker(review.inline, 'moved from ¶ 1').click();
    await expect(review.moveMarker(review.inline, 'moved to ¶ 2')).toBeInViewport();

    await review.sideBySide();
    await review.moveMarker(review.oldColumn, 'moved to ¶ 2').click();
    await expect(review.moveMarker(review.newColumn, 'moved from ¶ 1')).toBeInViewport();
  });

  test('side by side takes the full width, and the open claim comes back after', async ({ page, request, server }) => {
    await reviseStory(request, server);
    const app = new WorkbenchPage(page);
    const review = new RevisionPage(page);
    await app.goto(server.url);
    await app.articleItem('Senate testimony').click();
    await app.highlight('three separate audits').click();
    await expect(app.claimQuote()).toHaveText(AUDITS);
    await review.openCompare();
    await review.sideBySide();
    await expect(app.inspector).toBeHidden();
    const width = (await review.newColumn.boundingBox())!.width;
    expect(width).toBeGreaterThan(400);
    await page.keyboard.press('Escape');
    await expect(app.claimQuote()).toHaveText(AUDITS);
  });

  test('a re-verified claim leaves the re-check list, also after a restart', async ({
    page,
    request,
    server,
    data,
  }) => {
    await reviseStory(request, server);
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.articleItem('Senate testimony').click();
    const recheck = app.inspector.getByRole('region', { name: 'Re-check list' });
    await expect(recheck).toContainText('1 claim edited, 1 not found in the new text');
    await recheck.getByRole('button', { name: /edited Senator/ }).click();
    await app.setStatus('In progress');
    await app.backToClaims();
    await expect(recheck).toContainText('0 claims edited, 1 not found in the new text');
    await expect(recheck.getByRole('button', { name: /edited Senator/ })).toHaveCount(0);
    await server.stop();
    const restarted = await startServer(data.dir);
    try {
      await app.goto(restarted.url);
      await app.articleItem('Senate testimony').click();
      await expect(recheck).toContainText('0 claims edited, 1 not found in the new text');
    } finally {
      await restarted.stop();
    }
  });

  test('an earlier version shows every claim where it stood then', async ({ page, request, server }) => {
    await reviseStory(request, server);
    const app = new WorkbenchPage(page);
    await app.goto(server.url);
    await app.articleItem('Senate testimony').click();
    await page.getByLabel('Version shown').selectOption('1');
    await expect(app.highlights).toHaveText([TESTIMONY, FIGURE, AUDITS, SPOKESMAN]);
    await page.getByLabel('Version shown').selectOption('2');
    await expect(app.highlights).toHaveCount(3);
  });
});
