import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from './core/open-core';
import { TEST_RESOURCES, tempDir } from './core/test-helpers';
import { startHttpHost, type HttpHost, type HttpLimits } from './http-host';
import { staticFixture } from './http-host-test-fixtures';

const TOKEN = 'limits-token';

let core: Core | undefined;
let host: HttpHost | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await host?.close();
  await core?.close();
  host = core = undefined;
});

async function start(limits: Partial<HttpLimits> = {}): Promise<HttpHost> {
  core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
  host = await startHttpHost({
    dispatch: core.dispatch,
    changes: core.changes,
    token: TOKEN,
    port: 0,
    staticDir: (await staticFixture()).root,
    limits,
  });
  return host;
}

interface Conversation {
  socket: Socket;
  /** Everything the server sent, once it closed the connection; `null` if it still had not after `waitMs`. */
  closed: Promise<string | null>;
}

/** A raw connection that sends `head` (and nothing more), and collects what comes back until closed. */
function open(port: number, head: string | Buffer, waitMs = 10_000): Conversation {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  const closed = new Promise<string | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), waitMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
  });
  socket.write(head);
  return { socket, closed };
}

const requestHead = (port: number, path: string, headers: Record<string, string | number>): string =>
  [`POST ${path} HTTP/1.1`, `Host: 127.0.0.1:${port}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join(
    '\r\n',
  ) + '\r\n\r\n';

const HUGE = 200 * 1024 * 1024;

describe('HTTP host, connection limits', () => {
  it('answers a refused call at once and closes the connection without waiting for its 200 MB body', async () => {
    const { port } = await start();
    const refusals: [string, Record<string, string | number>, number][] = [
      ['/api/articles.list', { 'Content-Type': 'application/json', 'Content-Length': HUGE }, 401],
      ['/api/articles.list', { Authorization: `Bearer ${TOKEN}`, 'Content-Length': HUGE }, 415],
      [
        '/api/articles.list',
        { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', 'Content-Length': HUGE },
        413,
      ],
      ['/api/events', { Authorization: `Bearer ${TOKEN}`, 'Content-Length': HUGE }, 405],
    ];
    for (const [path, headers, status] of refusals) {
      const head = requestHead(port, path, headers);
      const { closed } = open(port, Buffer.concat([Buffer.from(head), Buffer.alloc(64 * 1024, 0x20)]));
      const reply = await closed;
      expect(reply, `${status}: the connection was left open`).not.toBeNull();
      expect(reply).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(reply).toMatch(/\r\nConnection: close\r\n/i);
    }
  });

  it('closes a request whose body never finishes (408), and one whose headers never finish', async () => {
    const { port } = await start({ requestMs: 300, headersMs: 300, checkEveryMs: 50 });
    const slowBody = open(
      port,
      requestHead(port, '/api/articles.list', {
        Authorization: `Bearer ${TOKEN}`,
        'Content-Type': 'application/json',
        'Content-Length': 100,
      }) + '{"a":',
    );
    const slowHeaders = open(port, `POST /api/articles.list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    expect(await slowBody.closed).toMatch(/^HTTP\/1.1 408 /);
    expect(await slowHeaders.closed).toMatch(/^HTTP\/1.1 408 /);
  });

  it('closes an idle kept-alive connection', async () => {
    const { port } = await start({ keepAliveMs: 200 });
    const idle = open(
      port,
      requestHead(port, '/api/articles.list', {
        Authorization: `Bearer ${TOKEN}`,
        'Content-Type': 'application/json',
        'Content-Length': 2,
      }) + '{}',
      // Well past the limit, and well short of Node's default of 5 s.
      2_500,
    );
    expect(await idle.closed).toMatch(/^HTTP\/1.1 200 [\s\S]*"ok":true/);
  });

  it('keeps the change stream open past the request time limit', async () => {
    const { port } = await start({ requestMs: 200, headersMs: 200, keepAliveMs: 200, checkEveryMs: 50 });
    const stream = open(
      port,
      `GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${TOKEN}\r\n\r\n`,
    );
    let received = '';
    stream.socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(stream.socket.destroyed).toBe(false);
    await core!.dispatch('articles.create', { title: 'Late', text: 'Still listening.' });
    await expect.poll(() => received).toContain('"kind":"article"');
  });

  it('closes connections beyond the cap as they arrive, and serves again once they go', async () => {
    const { port } = await start({ maxConnections: 3 });
    const held = [0, 1, 2].map(() => open(port, ''));
    await Promise.all(held.map(({ socket }) => new Promise((resolve) => socket.once('connect', resolve))));
    await expect.poll(() => new Promise((resolve) => host!.server.getConnections((_, n) => resolve(n)))).toBe(3);
    const extra = open(port, requestHead(port, '/index.html', {}).replace('POST', 'GET'));
    expect(await extra.closed).toBe('');
    for (const { socket } of held) socket.destroy();
    await expect.poll(() => new Promise((resolve) => host!.server.getConnections((_, n) => resolve(n)))).toBe(0);
    const later = open(port, requestHead(port, '/index.html', { Connection: 'close' }).replace('POST', 'GET'));
    expect(await later.closed).toMatch(/^HTTP\/1.1 200 /);
  });
});
