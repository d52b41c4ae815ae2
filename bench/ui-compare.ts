import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { call } from '../src/main/core/call';
import { generateDraft, reviseDraft } from './generate-draft';
import { spread, versus, type Report } from './harness';
import { drawPlainText, httpDispatch, newPageUrl, serve, type Running } from './ui-timing';

/**
 * Clicks "Compare versions" (or "Back to the draft" first, when the comparison is open) and returns
 * the milliseconds from the click, and from the comparison's answer (the last response of
 * versions.compare; the click when none came, as when it is served from the query cache), until the
 * statistics are drawn and the compared text and the change list each fill their first screen, laid
 * out (the next frame after that).
 */
function timeCompareOpening(page: Page): Promise<{ fromClick: number; fromAnswer: number; asked: boolean }> {
  return page.evaluate(
    () =>
      new Promise<{ fromClick: number; fromAnswer: number; asked: boolean }>((resolve) => {
        const before = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/versions.compare')).length;
        const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
          (b) => b.textContent?.trim() === 'Compare versions',
        )!;
        const started = performance.now();
        // No named helpers in here (not even arrow functions held in a const): tsx would wrap them
        // in a function the page does not have.
        const observer = new MutationObserver(() => {
          const stats = document.querySelector('[aria-label="Change summary"]');
          const text = document.querySelector<HTMLElement>('[data-testid="diff-inline"]');
          const list = document.querySelector<HTMLElement>('nav[aria-label="Changes"]');
          const paragraph = text?.querySelectorAll('.diff-paragraph');
          const entry = list?.querySelectorAll('li');
          if (!stats || !text || !list || !paragraph?.length || !entry?.length) return;
          const textFull =
            paragraph[paragraph.length - 1]!.getBoundingClientRect().bottom >= text.getBoundingClientRect().bottom;
          const listFull =
            entry[entry.length - 1]!.getBoundingClientRect().bottom >= list.getBoundingClientRect().bottom ||
            list.getAttribute('aria-busy') !== 'true';
          if (!textFull || !listFull) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            text.getBoundingClientRect();
            const now = performance.now();
            const answered = performance
              .getEntriesByType('resource')
              .filter((e) => e.name.includes('/api/versions.compare'))
              .map((e) => (e as PerformanceResourceTiming).responseEnd);
            const asked = answered.length > before;
            resolve({ fromClick: now - started, fromAnswer: now - (asked ? answered.at(-1)! : started), asked });
          });
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => resolve({ fromClick: Number.NaN, fromAnswer: Number.NaN, asked: false }), 30_000);
        button.click();
      }),
  );
}

/** Opens the app in a fresh page (an empty query cache) on the draft of the article titled `title`. */
async function openDraft(page: Page, running: Running, title: string): Promise<void> {
  // Away first: an address that differs only after the # would not load the page again.
  await page.goto('about:blank');
  await page.goto(await newPageUrl(running));
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: title }).click();
  await page.locator('#draft-text').waitFor();
}

/**
 * The compare view in browser mode (Chromium, real server), on an article with two versions of
 * 50,000 words (20% of the sentences edited, paragraphs moved, cut and added): the statistics and
 * the first screen drawn, from the comparison's answer, and again when opened a second time (the
 * comparison then comes from the query cache); against drawing the newer text as plain paragraphs.
 */
export async function benchCompareView(report: Report, browser: Browser, quick: boolean): Promise<void> {
  const words = quick ? 10_000 : 50_000;
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-compare-bench-'));
  const running = await serve(dir);
  try {
    const dispatch = httpDispatch(running);
    const title = 'The revised investigation';
    const text = generateDraft(words, 7);
    const article = await call(dispatch, 'articles.create', { title, text });
    await call(dispatch, 'versions.add', { articleId: article.id, text: reviseDraft(text, 0.2, 11) });

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const baselinePage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const fromClick: number[] = [];
    const fromAnswer: number[] = [];
    const again: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < (quick ? 2 : 5); i++) {
      await openDraft(page, running, title);
      const first = await timeCompareOpening(page);
      if (!first.asked) throw new Error('The first opening of the comparison did not ask the server.');
      fromClick.push(first.fromClick);
      fromAnswer.push(first.fromAnswer);
      await page.getByRole('button', { name: /Back to the draft/ }).click();
      await page.locator('#draft-text').waitFor();
      const second = await timeCompareOpening(page);
      if (second.asked) throw new Error('The second opening asked the server again instead of the cache.');
      again.push(second.fromClick);
      plain.push(await drawPlainText(baselinePage, running, article.id, false));
    }
    if ([...fromClick, ...again].some(Number.isNaN))
      throw new Error('The comparison never showed its statistics and first screen.');
    const name = `${words.toLocaleString('en-US')}-word versions`;
    const baseline = 'the newer text drawn as plain paragraphs';
    report.add({
      name: `compare view, two ${name}: from the answer to the first screen`,
      unit: 'ms',
      ...spread(fromAnswer),
      ...(quick ? {} : { target: 150 }),
      ...versus(baseline, plain, fromAnswer),
    });
    report.add({
      name: `  the same, opened again (the comparison in the query cache)`,
      unit: 'ms',
      ...spread(again),
      ...(quick ? {} : { target: 150 }),
      ...versus(baseline, plain, again),
    });
    report.add({
      name: `  the same, from the click (the core's compare included)`,
      unit: 'ms',
      ...spread(fromClick),
    });
    await page.close();
    await baselinePage.close();
  } finally {
    await running.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
