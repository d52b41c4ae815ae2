import { request, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreChange } from '../shared/events';
import type { Article } from '../shared/model';
import { openCore, type Core } from './core/open-core';
import { TEST_RESOURCES, tempDir } from './core/test-helpers';
import { startHttpHost, type HttpHost } from './http-host';
import { sendRaw, staticFixture } from './http-host-test-fixtures';
import { call } from './core/call';

const TOKEN = 'events-token';
let core: Core | undefined;
let host: HttpHost | undefined;

afterEach(async () => {
  await host?.close();
  await core?.close();
  host = core = undefined;
});

async function start(): Promise<{ port: number; core: Core }> {
  core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
  const { root } = await staticFixture();
  host = await startHttpHost({
    dispatch: core.dispatch,
    changes: core.changes,
    token: TOKEN,
    port: 0,
    staticDir: root,
  });
  return { port: host.port, core };
}

/** Opens the event stream and collects each change it sends. */
function listen(port: number): Promise<{ response: IncomingMessage; changes: CoreChange[] }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/events',
        headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${TOKEN}` },
      },
      (response) => {
        const changes: CoreChange[] = [];
        let buffered = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffered += chunk;
          const messages = buffered.split('\n\n');
          buffered = messages.pop() ?? '';
          for (const message of messages) {
            if (message.startsWith('data: ')) changes.push(JSON.parse(message.slice(6)) as CoreChange);
          }
        });
        resolve({ response, changes });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('change events over HTTP', () => {
  it('sends each stored change to an open stream, with the calling client named', async () => {
    const { port } = await start();
    const { response, changes } = await listen(port);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    const created = await new Promise<Article>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/articles.create',
          headers: {
            Host: `127.0.0.1:${port}`,
            Authorization: `Bearer ${TOKEN}`,
            'Content-Type': 'application/json',
            'X-Workbench-Client': 'tab-1',
          },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve((JSON.parse(body) as { value: Article }).value));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ title: 'Budget', text: 'The deficit rose by 4% in 2024.' }));
    });
    await until(() => changes.length >= 1);
    expect(changes[0]).toMatchObject({ kind: 'article', articleId: created.id, origin: 'tab-1' });
    expect(changes[0]).toHaveProperty('summary.title', 'Budget');
    response.destroy();
  });

  it('tells of source, settings and deletion changes; a change made without a client has no origin', async () => {
    const { port, core: opened } = await start();
    const { response, changes } = await listen(port);
    const article = await call(opened.dispatch, 'articles.create', { title: 'T', text: 'One paragraph.' });
    await call(opened.dispatch, 'sources.create', { kind: 'web', title: 'A page' });
    await call(opened.dispatch, 'settings.update', { editorName: 'Rita' });
    await call(opened.dispatch, 'articles.delete', { id: article.id });
    await until(() => changes.length >= 4);
    expect(changes.map((c) => c.kind)).toEqual(['article', 'sources', 'settings', 'article-removed']);
    expect(changes.every((c) => c.origin === undefined)).toBe(true);
    response.destroy();
  });

  it('refuses the stream without the token, and to any method but GET', async () => {
    const { port } = await start();
    const headers = { Host: `127.0.0.1:${port}` };
    expect((await sendRaw(port, { path: '/api/events', headers })).status).toBe(401);
    const post = await sendRaw(port, {
      method: 'POST',
      path: '/api/events',
      headers: { ...headers, Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(405);
    const foreign = await sendRaw(port, {
      path: '/api/events',
      headers: { Host: 'evil.example:80', Authorization: `Bearer ${TOKEN}` },
    });
    expect(foreign.status).toBe(421);
  });

  it('unsubscribes a stream once its page has gone', async () => {
    core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const opened = core;
    let open = 0;
    const counted = {
      subscribe: (listener: (change: CoreChange) => void) => {
        open++;
        const stop = opened.changes.subscribe(listener);
        return () => {
          open--;
          stop();
        };
      },
    };
    const { root } = await staticFixture();
    host = await startHttpHost({ dispatch: opened.dispatch, changes: counted, token: TOKEN, port: 0, staticDir: root });
    const { response } = await listen(host.port);
    expect(open).toBe(1);
    response.destroy();
    await until(() => open === 0);
  });
});
