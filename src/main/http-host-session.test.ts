import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from './core/open-core';
import { TEST_RESOURCES, tempDir } from './core/test-helpers';
import { startHttpHost, USED_ADDRESS_MESSAGE, type HttpHost } from './http-host';
import { sendRaw, staticFixture, type Reply } from './http-host-test-fixtures';

const TOKEN = 'session-token-of-this-run';

let core: Core | undefined;
let host: HttpHost | undefined;

afterEach(async () => {
  await host?.close();
  await core?.close();
  host = core = undefined;
});

async function start() {
  core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
  const started = await startHttpHost({
    dispatch: core.dispatch,
    token: TOKEN,
    port: 0,
    staticDir: (await staticFixture()).root,
  });
  host = started;
  const headers = { Host: `127.0.0.1:${started.port}`, 'Content-Type': 'application/json' };
  const exchange = (body: string): Promise<Reply> =>
    sendRaw(started.port, { method: 'POST', path: '/api/session', headers, body });
  const list = (token: string): Promise<Reply> =>
    sendRaw(started.port, {
      method: 'POST',
      path: '/api/articles.list',
      headers: { ...headers, Authorization: `Bearer ${token}` },
      body: '{}',
    });
  return { host: started, exchange, list };
}

const codeOf = (url: string): string => new URL(url).hash.replace(/^#launch=/, '');

describe('HTTP host, launch codes', () => {
  it('prints an address with a launch code in the fragment, never the token', async () => {
    const { host } = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#launch=[\w-]{32}$/);
    expect(host.url).not.toContain(TOKEN);
  });

  it('exchanges the code once for the token; the second use is refused with the sentence', async () => {
    const { host, exchange, list } = await start();
    const body = JSON.stringify({ launch: codeOf(host.url) });

    const first = await exchange(body);
    expect(first.status).toBe(200);
    const token = (JSON.parse(first.body) as { value: { token: string } }).value.token;
    expect(token).toBe(TOKEN);
    expect(JSON.parse((await list(token)).body)).toMatchObject({ ok: true });

    const second = await exchange(body);
    expect(second.status).toBe(401);
    expect(JSON.parse(second.body)).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: USED_ADDRESS_MESSAGE },
    });
  });

  it('refuses unknown codes and malformed exchanges without giving the token', async () => {
    const { host, exchange } = await start();
    const code = codeOf(host.url);
    for (const body of [
      JSON.stringify({ launch: 'not-a-code' }),
      JSON.stringify({ launch: code.slice(1) }),
      JSON.stringify({ launch: code.toUpperCase() }),
      JSON.stringify({ launch: [code] }),
      JSON.stringify({ code }),
      JSON.stringify(code),
      'null',
      '{',
      '',
    ]) {
      const reply = await exchange(body);
      expect(reply.status, body).toBe(401);
      expect(reply.body, body).not.toContain(TOKEN);
    }
    // None of those used the real code up.
    expect((await exchange(JSON.stringify({ launch: code }))).status).toBe(200);
  });

  it('mints further single-use addresses on demand, over HTTP only with the token', async () => {
    const { host, exchange } = await start();
    const more = [host.launchUrl(), host.launchUrl()];
    const minted = await sendRaw(host.port, {
      method: 'POST',
      path: '/api/launch',
      headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: '{}',
    });
    more.push((JSON.parse(minted.body) as { value: { url: string } }).value.url);
    const refused = await sendRaw(host.port, {
      method: 'POST',
      path: '/api/launch',
      headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(401);
    expect(new Set([host.url, ...more]).size).toBe(4);
    for (const url of more) {
      expect((await exchange(JSON.stringify({ launch: codeOf(url) }))).status).toBe(200);
      expect((await exchange(JSON.stringify({ launch: codeOf(url) }))).status).toBe(401);
    }
  });
});
