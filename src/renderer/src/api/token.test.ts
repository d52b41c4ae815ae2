// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as TokenModule from './token';

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A fresh copy of the module: it remembers the one exchange of a page load. */
async function freshToken(): Promise<typeof TokenModule> {
  vi.resetModules();
  return import('./token');
}

describe('browserToken', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('exchanges the launch code once, keeps the token in the tab, and clears the address bar', async () => {
    window.history.replaceState(null, '', '/#launch=CODE1');
    const fetch = vi.fn().mockResolvedValue(json(200, { ok: true, value: { token: 'T1' } }));
    vi.stubGlobal('fetch', fetch);
    const { browserToken } = await freshToken();
    const [a, b] = await Promise.all([browserToken(), browserToken()]);
    expect(a).toEqual({ token: 'T1' });
    expect(b).toEqual({ token: 'T1' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe('/api/session');
    expect(JSON.parse((fetch.mock.calls[0]![1] as RequestInit).body as string)).toEqual({ launch: 'CODE1' });
    expect(window.location.href).not.toContain('CODE1');
    expect(sessionStorage.getItem('factcheck-token')).toBe('T1');

    // A reload of the tab: no code, the stored token.
    const reloaded = await freshToken();
    expect(await reloaded.browserToken()).toEqual({ token: 'T1' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('passes on the refusal of a used address', async () => {
    window.history.replaceState(null, '', '/#launch=USED');
    const { browserToken, USED_ADDRESS_MESSAGE } = await freshToken();
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValue(json(401, { ok: false, error: { code: 'UNAUTHORIZED', message: USED_ADDRESS_MESSAGE } })),
    );
    expect(await browserToken()).toEqual({ refused: USED_ADDRESS_MESSAGE });
    expect(sessionStorage.getItem('factcheck-token')).toBeNull();
  });

  it('says so when the page has neither a code nor a token', async () => {
    window.history.replaceState(null, '', '/');
    const { browserToken, NO_TOKEN_MESSAGE } = await freshToken();
    expect(await browserToken()).toEqual({ refused: NO_TOKEN_MESSAGE });
  });
});
