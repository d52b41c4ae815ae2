import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from './core/open-core';
import { TEST_RESOURCES, snapshotDir, tempDir } from './core/test-helpers';
import { startHttpHost, type HttpHost } from './http-host';
import { escapingPaths, sendRaw, staticFixture, type Reply } from './http-host-test-fixtures';

const TOKEN = 'secret-token';

let core: Core | undefined;
let host: HttpHost | undefined;

afterEach(async () => {
  await host?.close();
  await core?.close();
  host = core = undefined;
});

async function start(options: { maxBodyBytes?: number } = {}) {
  const dataDir = await tempDir();
  const { root, secret } = await staticFixture();
  core = await openCore({ dataDir, resources: TEST_RESOURCES });
  host = await startHttpHost({ dispatch: core.dispatch, token: TOKEN, port: 0, staticDir: root, ...options });
  const port = host.port;
  const hostHeader = `127.0.0.1:${port}`;
  const get = (path: string, headers: Record<string, string> = {}): Promise<Reply> =>
    sendRaw(port, { path, headers: { Host: hostHeader, ...headers } });
  const post = (method: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> =>
    sendRaw(port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { Host: hostHeader, 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...headers },
      body,
    });
  const api = (method: string, input: unknown): Promise<Reply> => post(method, JSON.stringify(input));
  return { port, dataDir, secret, get, post, api };
}

const errorOf = (reply: Reply): { code: string; message: string } => JSON.parse(reply.body).error;

describe('HTTP host', () => {
  it('answers API calls with the dispatch result, listening on 127.0.0.1 only', async () => {
    const { api } = await start();
    expect(host?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#launch=[\w-]+$/);
    expect(host?.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    const created = await api('articles.create', { title: 'T', text: 'Body.' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: 'T' } });
    const bad = await api('claims.create', { articleId: 'a1', start: -1, end: 2 });
    expect(errorOf(bad).code).toBe('INVALID_INPUT');
    expect(errorOf(await api('no.such.method', {})).code).toBe('INVALID_INPUT');
  });

  it('refuses a missing, wrong or wrong-length token, and changes nothing', async () => {
    const { port, dataDir, post } = await start();
    const before = await snapshotDir(dataDir);
    const body = JSON.stringify({ title: 'T', text: 'x' });
    for (const authorization of [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      'Bearer guess',
      'Bearer secret-tokem',
      'Bearer secret-toke',
      'Bearer secret-token-and-more',
      `Bearer ${'x'.repeat(10_000)}`,
      'secret-token',
      'Basic c2VjcmV0LXRva2Vu',
      'Bearer  secret-token',
      'Bearer\tsecret-token',
      'Token secret-token',
    ]) {
      const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' };
      if (authorization !== undefined) headers.Authorization = authorization;
      const reply = await sendRaw(port, { method: 'POST', path: '/api/articles.create', headers, body });
      expect(reply.status, String(authorization)).toBe(401);
      expect(errorOf(reply).code).toBe('UNAUTHORIZED');
    }
    const inQuery = await post('articles.create?token=secret-token', body, { Authorization: '' });
    expect(inQuery.status).toBe(401);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('refuses every Host but 127.0.0.1 and localhost on its own port (DNS rebinding)', async () => {
    const { port, dataDir } = await start();
    const before = await snapshotDir(dataDir);
    const foreign = [
      undefined,
      '',
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1.evil.example:${port}`,
      `localhost.evil.example:${port}`,
      `127.0.0.1:${port}.evil.example`,
      `127.0.0.1:${port + 1}`,
      `localhost:${port === 1 ? 2 : port - 1}`,
      '127.0.0.1',
      'localhost',
      `[::1]:${port}`,
      `0.0.0.0:${port}`,
      `127.0.0.2:${port}`,
      `2130706433:${port}`,
      `evil.example@127.0.0.1:${port}`,
    ];
    for (const hostHeader of foreign) {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${TOKEN}`,
      };
      if (hostHeader !== undefined) headers.Host = hostHeader;
      // Node itself answers 400 to an HTTP/1.1 request without Host; the host answers 421 to the rest.
      const refused = hostHeader ? [421] : [400, 421];
      const page = await sendRaw(port, { path: '/', headers });
      expect(refused, String(hostHeader)).toContain(page.status);
      expect(page.body).not.toContain('<title>ui</title>');
      const body = '{"title":"T","text":"x"}';
      const call = await sendRaw(port, { method: 'POST', path: '/api/articles.create', headers, body });
      expect(refused, String(hostHeader)).toContain(call.status);
    }
    for (const ok of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await sendRaw(port, { path: '/', headers: { Host: ok } })).status).toBe(200);
    }
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('sends no CORS headers, even when an Origin asks for them', async () => {
    const { port, api, get } = await start();
    const origin = { Origin: 'https://evil.example' };
    const call = await sendRaw(port, {
      method: 'POST',
      path: '/api/articles.list',
      headers: {
        Host: `127.0.0.1:${port}`,
        'Content-Type': 'application/json',
        Authorization: `Bearer ${TOKEN}`,
        ...origin,
      },
      body: '{}',
    });
    const preflight = await sendRaw(port, {
      method: 'OPTIONS',
      path: '/api/articles.list',
      headers: {
        Host: `127.0.0.1:${port}`,
        ...origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    const replies = [call, preflight, await get('/', origin), await api('articles.list', {})];
    expect(call.status).toBe(200);
    expect(preflight.status).toBe(405);
    for (const reply of replies) {
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('serves the built UI with a strict CSP, and nothing outside its folder', async () => {
    const { get, secret } = await start();
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>ui</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const asset = await get('/assets/app.js?v=1');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect((await get('/alias.js')).body).toBe('console.log(1)');
    for (const path of escapingPaths(secret)) {
      const reply = await get(path);
      expect([400, 404], path).toContain(reply.status);
      expect(reply.body, path).not.toContain('TOP SECRET');
    }
    expect((await get(`http://127.0.0.1/../outside/secret.txt`)).status).toBe(400);
  });

  it('answers only GET and HEAD for files, and only POST for the API', async () => {
    const { get, port } = await start();
    const head = await sendRaw(port, { method: 'HEAD', path: '/', headers: { Host: `127.0.0.1:${port}` } });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE']) {
      expect((await sendRaw(port, { method, path: '/', headers: { Host: `127.0.0.1:${port}` } })).status).toBe(405);
    }
    const getApi = await get('/api/articles.list', { Authorization: `Bearer ${TOKEN}` });
    expect(getApi.status).toBe(405);
    expect(errorOf(getApi).code).toBe('INVALID_INPUT');
  });

  it('refuses bodies that are not JSON, not UTF-8 or not declared as JSON, with a coded error', async () => {
    const { post, dataDir } = await start();
    const before = await snapshotDir(dataDir);
    const valid = JSON.stringify({ title: 'T', text: 'Body.' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const reply = await post('articles.create', valid, { 'Content-Type': type });
      expect(reply.status, type).toBe(415);
      expect(errorOf(reply).code).toBe('INVALID_INPUT');
    }
    for (const body of ['{not json', '{"title":"T",}', "{'title':'T'}", 'undefined', '{"a":1}{"b":2}']) {
      const reply = await post('articles.create', body);
      expect(reply.status, body).toBe(400);
      expect(errorOf(reply).code).toBe('INVALID_INPUT');
    }
    const latin1 = Buffer.from('{"title":"caf\xe9","text":"x"}', 'latin1');
    const notUtf8 = await post('articles.create', latin1);
    expect(notUtf8.status).toBe(400);
    expect(errorOf(notUtf8).message).toMatch(/UTF-8/);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it('refuses a body over the size limit with 413, declared or streamed, and keeps serving', async () => {
    const { port, post, api, dataDir } = await start({ maxBodyBytes: 1024 });
    const before = await snapshotDir(dataDir);
    const big = JSON.stringify({ title: 'T', text: 'x'.repeat(2048) });
    const declared = await post('articles.create', big);
    expect(declared.status).toBe(413);
    expect(errorOf(declared).code).toBe('TOO_LARGE');
    const streamed = await post('articles.create', big, { 'Transfer-Encoding': 'chunked' });
    expect(streamed.status).toBe(413);
    expect(errorOf(streamed).code).toBe('TOO_LARGE');
    expect(await snapshotDir(dataDir)).toEqual(before);
    expect((await api('articles.list', {})).status).toBe(200);
    expect(host?.server.listening).toBe(true);
    expect(port).toBeGreaterThan(0);
  });
});
