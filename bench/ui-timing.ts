import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Browser, Page } from 'playwright-core';
import type { DispatchFn } from '../src/main/core/call';
import type { ApiResult } from '../src/shared/errors';

/**
 * Timing helpers for the UI benchmarks. Every figure is taken inside the page (a mutation observer,
 * then the next frame with its layout forced), not by polling with Playwright's role queries: on a
 * page with a thousand buttons, computing their accessible names took longer than what was measured.
 */

const BIN = new URL('../bin/factcheck.js', import.meta.url).pathname;

export interface Running {
  url: string;
  pid: number;
  /** The session token (FACTCHECK_TOKEN), for calling the API; the printed address opens one page. */
  token?: string;
  stop: () => Promise<void>;
}

/** Starts a process and waits for the first line it prints (the address to open). */
async function spawnPrintingUrl(args: string[], token?: string): Promise<Running> {
  const env = token ? { ...process.env, FACTCHECK_TOKEN: token } : process.env;
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'], env });
  const [url] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return {
    url,
    pid: child.pid!,
    ...(token ? { token } : {}),
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

export const serve = (dir: string): Promise<Running> =>
  spawnPrintingUrl([BIN, 'serve', '--data', dir, '--port', '0'], randomBytes(24).toString('base64url'));

/** Calls a running server's API as a script does, with its session token. */
export function httpDispatch(running: Running): DispatchFn {
  const { origin } = new URL(running.url);
  return async (method, payload) => {
    const response = await fetch(`${origin}/api/${String(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${running.token}` },
      body: JSON.stringify(payload),
    });
    return (await response.json()) as ApiResult<unknown>;
  };
}

/** A new single-use address of a running server, for another page. */
export async function newPageUrl(running: Running): Promise<string> {
  const response = await fetch(`${new URL(running.url).origin}/api/launch`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${running.token}` },
    body: '{}',
  });
  return ((await response.json()) as { value: { url: string } }).value.url;
}

/** The least a fresh Node process can do to show a page: the start-up baseline. */
const TRIVIAL_SERVER = `
const page = '<!doctype html><title>Baseline</title><nav aria-label="Articles"><button>The long investigation</button></nav>';
const server = require('node:http').createServer((req, res) => {
  res.writeHead(req.url === '/' ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(req.url === '/' ? page : '');
});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port + '/'));
`;

export const serveTrivialPage = (): Promise<Running> => spawnPrintingUrl(['-e', TRIVIAL_SERVER]);

/**
 * Installed before the page loads: notes the wall-clock time (Date.now, comparable with this process)
 * of the first frame, laid out, in which an element matching `selector` holds `text`.
 */
export async function noteWhenShown(page: Page, selector: string, text: string): Promise<() => Promise<number>> {
  await page.addInitScript(`(() => {
    const found = () => [...document.querySelectorAll(${JSON.stringify(selector)})].some((el) => el.textContent.includes(${JSON.stringify(text)}));
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        document.body.getBoundingClientRect();
        window.shownAt = Date.now();
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  })()`);
  return async () => {
    // A function, not a string: the app's content security policy forbids evaluating strings.
    const handle = await page.waitForFunction(() => (window as { shownAt?: number }).shownAt, null, {
      polling: 50,
      timeout: 60_000,
    });
    return (await handle.jsonValue()) as number;
  };
}

/** Spawn to "shown" for one fresh process serving `open` and a fresh page. */
export async function timeStart(
  browser: Browser,
  start: () => Promise<Running>,
  selector: string,
  text: string,
): Promise<{ ms: number; running: Running }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const shownAt = await noteWhenShown(page, selector, text);
  const started = Date.now();
  const running = await start();
  await page.goto(running.url);
  const ms = (await shownAt()) - started;
  await page.close();
  return { ms, running };
}

/**
 * Clicks the article titled exactly `title` in the list and returns the milliseconds until its
 * draft shows a highlighted claim of `articleId`, laid out.
 */
export function timeOpenDraft(page: Page, title: string, articleId: string): Promise<number> {
  return page.evaluate(
    ({ title, articleId }) =>
      new Promise<number>((resolve) => {
        const button = [...document.querySelectorAll<HTMLElement>('nav[aria-label="Articles"] button')].find((b) =>
          [...b.querySelectorAll('*')].some((el) => el.textContent === title),
        )!;
        const started = performance.now();
        // No named helpers in here: tsx would wrap them in a function the page does not have.
        const observer = new MutationObserver(() => {
          const mark = document.querySelector(`#draft-text mark[data-claim^="${articleId}-"]`);
          if (!mark) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            mark.getBoundingClientRect();
            resolve(performance.now() - started);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => resolve(Number.NaN), 20_000);
        button.click();
      }),
    { title, articleId },
  );
}

/**
 * Baselines: the draft's newest text, fetched from the same server's API, drawn as plain paragraphs in
 * an empty page of the same origin, until laid out. Timed from before the fetch (first paint), or
 * from when the text is in the page (`fromFetch: false`, the compare view's baseline).
 */
export async function drawPlainText(
  page: Page,
  running: Running,
  articleId: string,
  fromFetch: boolean,
): Promise<number> {
  const { origin } = new URL(running.url);
  await page.goto(`${origin}/baseline-page`);
  return page.evaluate(
    async ({ token, articleId, fromFetch }) => {
      let started = performance.now();
      const response = await fetch('/api/articles.get', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ id: articleId }),
      });
      const { value } = (await response.json()) as { value: { versions: { text: string }[] } };
      if (!fromFetch) started = performance.now();
      const paragraphs = value.versions[value.versions.length - 1]!.text.split('\n\n').map((text) => {
        const p = document.createElement('p');
        p.textContent = text;
        return p;
      });
      document.body.replaceChildren(...paragraphs);
      return new Promise<number>((resolve) =>
        requestAnimationFrame(() => {
          document.body.getBoundingClientRect();
          resolve(performance.now() - started);
        }),
      );
    },
    { token: running.token!, articleId, fromFetch },
  );
}

/** The first-paint baseline, in a page of its own. */
export async function timePlainParagraphs(browser: Browser, running: Running, articleId: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const ms = await drawPlainText(page, running, articleId, true);
  await page.close();
  return ms;
}
