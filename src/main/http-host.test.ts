import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from './core/open-core';
import { TEST_RESOURCES, snapshotDir, tempDir } from './core/test-helpers';
import { startHttpHost, type HttpHost } from './http-host';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so that the Host header can be set to anything. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let core: Core | undefined;
let host: HttpHost | undefined;

afterEach(async () => {
  await host?.close();
  await core?.close();
  host = core = undefined;
});

async function start(): Promise<{
  port: number;
  dataDir: string;
  api: (method: string, body: unknown, token?: string) => Promise<Reply>;
}> {
  const dataDir = await tempDir();
  const staticDir = await tempDir();
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>ui</title>');
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  core = await openCore({ dataDir, resources: TEST_RESOURCES });
  host = await startHttpHost({ dispatch: core.dispatch, token: 'secret-token', port: 0, staticDir });
  const port = host.port;
  const api = (method: string, body: unknown, token = 'secret-token'): Promise<Reply> =>
    send(port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  return { port, dataDir, api };
}

describe('HTTP host', () => {
  it('answers API calls with the dispatch result, listening on 127.0.0.1 only', async () => {
    const { api } = await start();
    expect(host?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=secret-token$/);
    expect(host?.server.address()).toMatchObject({ address: '127.0.0.1' });
    const created = await api('articles.create', { title: 'T', text: 'Body.' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: 'T' } });
    const bad = JSON.parse((await api('claims.create', { articleId: 'a1', start: -1, end: 2 })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a missing or wrong token, and changes nothing', async () => {
    const { api, dataDir } = await start();
    const before = await snapshotDir(dataDir);
    const wrong = await api('articles.create', { title: 'T', text: 'x' }, 'guess');
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body).ok).toBe(false);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('refuses a foreign Host header (DNS rebinding) and sends no CORS headers', async () => {
    const { port, api } = await start();
    const rebound = await send(port, { path: '/', headers: { Host: `evil.example:${port}` } });
    expect(rebound.status).toBe(421);
    const ok = await api('articles.list', {});
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.headers).filter((h) => h.startsWith('access-control'))).toEqual([]);
  });

  it('serves the built UI with a strict CSP, and nothing outside its folder', async () => {
    const { port } = await start();
    const page = await send(port, { path: '/', headers: { Host: `localhost:${port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>ui</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const asset = await send(port, { path: '/assets/app.js', headers: { Host: `127.0.0.1:${port}` } });
    expect(asset.headers['content-type']).toMatch(/javascript/);
    const escape = await send(port, { path: '/..%2f..%2fetc%2fpasswd', headers: { Host: `127.0.0.1:${port}` } });
    expect(escape.status).toBe(404);
  });

  it('rejects non-JSON bodies with a coded error', async () => {
    const { port } = await start();
    const reply = await send(port, {
      method: 'POST',
      path: '/api/articles.list',
      headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', Authorization: 'Bearer secret-token' },
      body: '{not json',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
