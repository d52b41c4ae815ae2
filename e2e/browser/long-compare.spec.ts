import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures/workbench-test';
import { apiCall } from '../fixtures/api';
import type { RunningServer } from '../fixtures/server';
import { RevisionPage } from '../pages/revision-page';
import { WorkbenchPage } from '../pages/workbench-page';

/** A long audit: every paragraph different, so that each edit below is a change of its own. */
const PARAGRAPHS = Array.from(
  { length: 1200 },
  (_, i) =>
    `Section ${i + 1} of the audit found that the county spent ${1000 + i} dollars on item ${i * 7} during ` +
    `the year, according to records the board released to reporters after the hearing on budget line ${i}.`,
);

/** The revision: a figure changed near the top, the third paragraph moved near the end, the last reworded. */
function revised(): string {
  const paragraphs = [...PARAGRAPHS];
  paragraphs[5] = paragraphs[5]!.replace('spent 1005 dollars', 'spent 1105 dollars');
  const [moved] = paragraphs.splice(2, 1);
  paragraphs.splice(1195, 0, moved!);
  paragraphs[1199] = paragraphs[1199]!.replace('Section 1200 of the audit', 'Section 1200 of the final audit');
  return paragraphs.join('\n\n');
}

const LAST_ENTRY = 'nav[aria-label="Changes"] li:last-child button';

async function openLongRevision(page: Page, request: APIRequestContext, server: RunningServer): Promise<RevisionPage> {
  const article = await apiCall(request, server, 'articles.create', {
    title: 'The long audit',
    text: PARAGRAPHS.join('\n\n'),
  });
  await apiCall(request, server, 'versions.add', { articleId: article.id, text: revised(), label: 'Final' });
  const app = new WorkbenchPage(page);
  await app.goto(server.url);
  await app.articleItem(/The long audit/).click();
  await expect(app.draft).toBeVisible();
  return new RevisionPage(page);
}

test.describe('a long comparison', () => {
  test('draws the statistics and the first screen before the rest, and only ever adds to what is drawn', async ({
    page,
    request,
    server,
  }) => {
    const review = await openLongRevision(page, request, server);
    await page.evaluate(() => {
      const log: { drawn: number; blocks: number; stats: boolean; filled: boolean }[] = [];
      (window as unknown as { drawLog: typeof log }).drawLog = log;
      new MutationObserver(() => {
        const column = document.querySelector<HTMLElement>('[data-testid="diff-inline"]');
        const paragraphs = column?.querySelectorAll('.diff-paragraph');
        if (!column || !paragraphs?.length) return;
        const drawn = Number(column.dataset.drawn);
        if (log.at(-1)?.drawn === drawn) return;
        log.push({
          drawn,
          blocks: Number(column.dataset.blocks),
          stats: !!document.querySelector('[aria-label="Change summary"]'),
          filled:
            paragraphs[paragraphs.length - 1]!.getBoundingClientRect().bottom >= column.getBoundingClientRect().bottom,
        });
      }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
    });
    await review.openCompare();
    await expect(review.page.getByLabel('Change summary')).toContainText('1 moved, 2 changed');
    await review.allDrawn(review.inline);
    const log = await page.evaluate(
      () =>
        (window as unknown as { drawLog: { drawn: number; blocks: number; stats: boolean; filled: boolean }[] })
          .drawLog,
    );
    const [first] = log;
    expect(first!.stats).toBe(true);
    expect(first!.filled).toBe(true);
    expect(first!.drawn).toBeLessThan(first!.blocks / 4);
    expect(log.length).toBeGreaterThan(2);
    for (let i = 1; i < log.length; i++) expect(log[i]!.drawn).toBeGreaterThan(log[i - 1]!.drawn);
    expect(log.at(-1)!.drawn).toBe(first!.blocks);
    await expect(review.paragraphs(review.inline)).toHaveCount(first!.blocks);
    await expect(review.inline).toContainText('Section 1200 of the final audit');
  });

  test('a jump made at the first paint draws up to its target and lands on it, inline and side by side', async ({
    page,
    request,
    server,
  }) => {
    const review = await openLongRevision(page, request, server);
    const compare = (): Promise<void> => page.getByRole('button', { name: 'Compare versions' }).click();
    const compareSideBySide = async (): Promise<void> => {
      await compare();
      await expect(review.inline).toBeVisible();
      await page.getByRole('button', { name: 'Side by side' }).click();
    };
    const backToDraft = (): Promise<void> => page.keyboard.press('Escape');
    const jumps = [
      { name: 'inline, the last change', open: compare, column: 'diff-inline', click: LAST_ENTRY, target: 'ins' },
      {
        name: 'inline, a move marker',
        open: compare,
        column: 'diff-inline',
        click: '#inline-moved-to-0',
        target: '#inline-moved-from-0',
      },
      {
        name: 'side by side, the last change',
        open: compareSideBySide,
        column: 'diff-new',
        click: LAST_ENTRY,
        target: 'ins',
      },
      {
        name: 'side by side, a move marker',
        open: compareSideBySide,
        column: 'diff-new',
        click: '#left-moved-to-0',
        target: '#right-moved-from-0',
      },
    ];
    // Several rounds: a jump that depends on when the batches happen to be drawn fails in one of them.
    for (let round = 0; round < 3; round++) {
      for (const jump of jumps) {
        const early = await review.jumpAtFirstPaint(jump.open, jump.column, jump.click, jump.target);
        expect(early.drawnBefore, jump.name).toBeLessThan(early.blocks);
        expect(early.drawnAfter, jump.name).toBeGreaterThan(early.blocks - 10);
        expect(early.landed, jump.name).toBe(true);
        const column = page.getByTestId(jump.column);
        const target =
          jump.target === 'ins' ? column.locator('ins', { hasText: 'final' }) : column.locator(jump.target);
        expect(await review.staysInView(target), jump.name).toBe(true);
        await backToDraft();
      }
    }
  });

  test('the change list and the move markers jump as a person clicks them, inline and side by side', async ({
    page,
    request,
    server,
  }) => {
    const review = await openLongRevision(page, request, server);
    await review.openCompare();
    await expect(review.changes.locator('.number-change')).toHaveText(['1005 → 1105']);
    await expect(review.entries()).toHaveCount(3);

    await (await review.lastEntry()).click();
    const last = review.inline.locator('ins', { hasText: 'final' });
    await expect(last).toBeInViewport();
    expect(await review.staysInView(last)).toBe(true);
    await review.moveMarker(review.inline, 'moved to ¶ 1196').click();
    await expect(review.moveMarker(review.inline, 'moved from ¶ 3')).toBeInViewport();
    await review.moveMarker(review.inline, 'moved from ¶ 3').click();
    await expect(review.moveMarker(review.inline, 'moved to ¶ 1196')).toBeInViewport();
    await review.entries().first().getByRole('button').click();
    await expect(review.inline.locator('ins', { hasText: '1105' })).toBeInViewport();

    await review.sideBySide();
    await (await review.lastEntry()).click();
    const lastRight = review.newColumn.locator('ins', { hasText: 'final' });
    await expect(lastRight).toBeInViewport();
    expect(await review.staysInView(lastRight)).toBe(true);
    await review.moveMarker(review.oldColumn, 'moved to ¶ 1196').click();
    await expect(review.moveMarker(review.newColumn, 'moved from ¶ 3')).toBeInViewport();
    await review.moveMarker(review.newColumn, 'moved from ¶ 3').click();
    await expect(review.moveMarker(review.oldColumn, 'moved to ¶ 1196')).toBeInViewport();
    await review.allDrawn(review.oldColumn);
    await review.allDrawn(review.newColumn);
    await expect(review.oldColumn).toContainText('Section 1200 of the audit');
  });
});
