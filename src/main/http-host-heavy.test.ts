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

describe('HTTP host under a heavy call', () => {
  it(
    'answers another client while suggestions are scored on a 1.9-million-character draft',
    { timeout: 180_000 },
    async () => {
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
      const article = (created as { ok: true; value: Article }).value;
      const port = host.port;
      const order: string[] = [];
      /** The reply's body; `order` notes when its headers arrive, not its (long or short) body. */
      const call = (method: string, input: unknown): Promise<string> =>
        new Promise((resolve, reject) => {
          const req = request(
            {
              host: '127.0.0.1',
              port,
              method: 'POST',
              path: `/api/${method}`,
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
            },
            (res) => {
              order.push(method);
              let body = '';
              res.on('data', (chunk: Buffer) => (body += chunk.toString()));
              res.on('end', () => resolve(body));
            },
          );
          req.on('error', reject);
          req.end(JSON.stringify(input));
        });

      const heavy = call('suggestions.list', { articleId: article.id });
      // Time for the heavy call to be read and started: it then runs for seconds.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const light = call('articles.list', {});
      const [heavyReply, lightReply] = await Promise.all([heavy, light]);

      expect(order).toEqual(['articles.list', 'suggestions.list']);
      expect(JSON.parse(lightReply)).toMatchObject({ ok: true });
      const suggestions = JSON.parse(heavyReply) as { ok: boolean; value: unknown[] };
      expect(suggestions.ok).toBe(true);
      expect(suggestions.value.length).toBeGreaterThan(10_000);
    },
  );
});
