import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../shared/model';
import { openCore, type Core } from './core/open-core';
import { TEST_RESOURCES, tempDir } from './core/test-helpers';
import { startHttpHost, type HttpHost } from './http-host';
import { staticFixture } from './http-host-test-fixtures';

const TOKEN = 'heavy-token';

let core: Core | undefined;
let host: HttpHost | undefined;

afterEach(async () => {
  await host?.close();
  await core?.close();
  host = core = undefined;
});

/** About 1.9 million characters of sentences worth scoring. */
function longDraft(): string {
  const paragraph = Array.from(
    { length: 20 },
    (_, i) => `In ${2000 + i} the council spent $${i + 4}.2 million, up ${i + 3}% on the year before.`,
  ).join(' ');
  return Array.from({ length: Math.ceil(1_900_000 / (paragraph.length + 2)) }, () => paragraph).join('\n\n');
}

/** The same draft revised: every seventh "council" capitalised and the paragraphs in reverse order. */
function revised(text: string): string {
  return text
    .replace(/council/g, (word, at: number) => (at % 7 === 0 ? 'Council' : word))
    .split('\n\n')
    .reverse()
    .join('\n\n');
}

async function startWithLongDraft(): Promise<{ article: Article; text: string }> {
  core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
  host = await startHttpHost({
    dispatch: core.dispatch,
    token: TOKEN,
    port: 0,
    staticDir: (await staticFixture()).root,
  });
  const text = longDraft();
  expect(text.length).toBeGreaterThan(1_900_000);
  const created = await core.dispatch('articles.create', { title: 'Council budget', text });
  return { article: (created as { ok: true; value: Article }).value, text };
}

/**
 * Sends the heavy call, then (once it has been read and started) a light one from another client;
 * returns both replies' bodies and the order in which their headers arrived.
 */
async function heavyThenLight(heavy: [string, unknown]): Promise<{ order: string[]; replies: unknown[] }> {
  const order: string[] = [];
  const call = (method: string, input: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host!.port,
          method: 'POST',
          path: `/api/${method}`,
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        },
        (res) => {
          order.push(method);
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve(JSON.parse(body)));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(input));
    });
  const first = call(...heavy);
  // Time for the heavy call to be read and started: it then runs for seconds.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const light = call('articles.list', {});
  return { order, replies: await Promise.all([first, light]) };
}

describe('HTTP host under a heavy call', () => {
  it(
    'answers another client while suggestions are scored on a 1.9-million-character draft',
    { timeout: 180_000 },
    async () => {
      const { article } = await startWithLongDraft();
      const { order, replies } = await heavyThenLight(['suggestions.list', { articleId: article.id }]);
      expect(order).toEqual(['articles.list', 'suggestions.list']);
      expect(replies[1]).toMatchObject({ ok: true });
      const suggestions = replies[0] as { ok: boolean; value: unknown[] };
      expect(suggestions.ok).toBe(true);
      expect(suggestions.value.length).toBeGreaterThan(10_000);
    },
  );

  it(
    'answers another client while a revision of a 1.9-million-character draft is compared, for claims and reports',
    { timeout: 300_000 },
    async () => {
      const { article, text } = await startWithLongDraft();
      await core!.dispatch('claims.create', { articleId: article.id, start: 0, end: 40 });
      const added = await heavyThenLight(['versions.add', { articleId: article.id, text: revised(text) }]);
      expect(added.order).toEqual(['articles.list', 'versions.add']);
      const carried = (added.replies[0] as { ok: true; value: { carried: Record<string, number> } }).value.carried;
      expect(Object.values(carried).reduce((a, b) => a + b, 0)).toBe(1);

      const report = ['reports.export', { articleId: article.id, format: 'md', options: { changesSince: 1 } }] as const;
      const exported = await heavyThenLight([...report]);
      expect(exported.order).toEqual(['articles.list', 'reports.export']);
      expect(exported.replies[0]).toMatchObject({ ok: true, value: { content: expect.stringContaining('version 1') } });
    },
  );
});
