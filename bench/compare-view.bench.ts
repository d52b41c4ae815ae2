import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { ApiInput, ApiMethod, ApiOutput } from '../src/shared/api';
import type { ApiResult } from '../src/shared/errors';
import { findChromium } from '../src/main/pdf/chromium-pdf';
import { generateDraft, reviseDraft } from './generate-draft';
import type { Figure, Report } from './harness';
import { serve } from './ui-timing';

/** One typed call to the server's HTTP API, as the renderer makes it. */
async function request<M extends ApiMethod>(url: string, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${searchParams.get('token')}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as ApiResult<ApiOutput<M>>;
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** Opens the app afresh (an empty query cache) on the draft of the article titled `title`. */
async function openDraft(page: Page, url: string, title: string): Promise<void> {
  await page.goto(url);
  await page.locator('nav[aria-label="Articles"] button', { hasText: title }).first().click();
  await page.locator('#draft-text').waitFor();
}

/**
 * Clicks "Compare versions" and returns the milliseconds until the statistics are drawn and the
 * comparison's text fills its first screen, laid out (the next frame after both are in the page);
 * and, of that, the part after the server's answer arrived (the view's own drawing).
 */
function timeCompare(page: Page): Promise<{ total: number; drawing: number }> {
  return page.evaluate(
    () =>
      new Promise<{ total: number; drawing: number }>((resolve) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
          (b) => b.textContent?.trim() === 'Compare versions',
        )!;
        const started = performance.now();
        // No named helpers in here: tsx would wrap them in a function the page does not have.
        const observer = new MutationObserver(() => {
          const stats = document.querySelector('[aria-label="Change summary"]');
          const text = document.querySelector<HTMLElement>('[data-testid="diff-inline"]');
          if (!stats || !text || text.scrollHeight <= text.clientHeight) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            text.getBoundingClientRect();
            const answered = performance
              .getEntriesByType('resource')
              .filter((e) => e.name.includes('/api/versions.compare'))
              .map((e) => (e as PerformanceResourceTiming).responseEnd)
              .at(-1);
            const now = performance.now();
            resolve({ total: now - started, drawing: now - (answered ?? started) });
          });
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => resolve({ total: Number.NaN, drawing: Number.NaN }), 30_000);
        button.click();
      }),
  );
}

/**
 * The floor: the same comparison fetched from the same server's API, and the newer version's text
 * drawn as plain paragraphs in an empty page of the same origin, until laid out.
 */
async function timeFloor(page: Page, url: string, articleId: string): Promise<{ drawn: number; fetched: number }> {
  const { origin, searchParams } = new URL(url);
  await page.goto(`${origin}/baseline-page`);
  return page.evaluate(
    async ({ token, articleId }) => {
      // No named helpers in here: tsx would wrap them in a function the page does not have.
      const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
      const response = await fetch('/api/articles.get', {
        method: 'POST',
        headers,
        body: JSON.stringify({ id: articleId }),
      });
      const { value } = (await response.json()) as { value: { versions: { text: string }[] } };
      const started = performance.now();
      const body = JSON.stringify({ articleId, from: 1, to: 2 });
      await (await fetch('/api/versions.compare', { method: 'POST', headers, body })).json();
      const fetched = performance.now() - started;
      const paragraphs = value.versions[1]!.text.split('\n\n').map((text) => {
        const p = document.createElement('p');
        p.textContent = text;
        return p;
      });
      document.body.replaceChildren(...paragraphs);
      return new Promise<{ drawn: number; fetched: number }>((resolve) =>
        requestAnimationFrame(() => {
          document.body.getBoundingClientRect();
          resolve({ drawn: performance.now() - started, fetched });
        }),
      );
    },
    { token: searchParams.get('token')!, articleId },
  );
}

function spread(values: number[]): { median: number; min: number; max: number; runs: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1]!, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/**
 * The compare view in browser mode (Chromium, real server): from clicking "Compare versions" on a
 * freshly opened article with two 50,000-word versions until the statistics and the first screen of
 * the comparison are drawn; against fetching the comparison and drawing the new text plainly.
 */
export async function benchCompareView(report: Report, quick: boolean): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath || !existsSync(new URL('../out/renderer/index.html', import.meta.url))) {
    console.log('Compare view benchmark skipped: it needs Chromium and the built app (npm run build).');
    return;
  }
  const words = quick ? 10_000 : 50_000;
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-compare-bench-'));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const server = await serve(dir);
  try {
    const oldText = generateDraft(words, 7);
    const title = 'The revised investigation';
    const article = await request(server.url, 'articles.create', { title, text: oldText });
    await request(server.url, 'versions.add', { articleId: article.id, text: reviseDraft(oldText, 0.2, 11) });

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const baselinePage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const views: number[] = [];
    const drawings: number[] = [];
    const cached: number[] = [];
    const floors: number[] = [];
    const fetches: number[] = [];
    for (let i = 0; i < (quick ? 2 : 5); i++) {
      await openDraft(page, server.url, title);
      const { total, drawing } = await timeCompare(page);
      if (Number.isNaN(total)) throw new Error('The comparison never showed its statistics and first screen.');
      views.push(total);
      drawings.push(drawing);
      // Again, with the comparison already in the query cache: the view's drawing alone.
      await page.getByRole('button', { name: /Back to the draft/ }).click();
      await page.locator('#draft-text').waitFor();
      const again = await timeCompare(page);
      if (Number.isNaN(again.total)) throw new Error('The cached comparison never showed its first screen.');
      cached.push(again.total);
      const floor = await timeFloor(baselinePage, server.url, article.id);
      floors.push(floor.drawn);
      fetches.push(floor.fetched);
    }
    const floor = spread(floors);
    const figure: Figure = {
      name: `compare two ${words.toLocaleString('en-US')}-word versions: statistics and first screen`,
      unit: 'ms',
      ...spread(views),
      ...(quick ? {} : { target: 150 }),
      baseline: {
        name: 'the comparison fetched and the new text drawn as plain paragraphs',
        median: floor.median,
        runs: floor.runs,
      },
    };
    figure.ofBaseline = figure.median / floor.median;
    report.add(figure);
    report.add({
      name: `  of which from the comparison's answer to the first screen drawn`,
      unit: 'ms',
      ...spread(drawings),
    });
    report.add({
      name: 'the same, the comparison already fetched (opened a second time)',
      unit: 'ms',
      ...spread(cached),
      ...(quick ? {} : { target: 150 }),
    });
    report.add({
      name: `the comparison of two ${words.toLocaleString('en-US')}-word versions fetched by the page (API alone)`,
      unit: 'ms',
      ...spread(fetches),
    });
  } finally {
    await server.stop();
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
