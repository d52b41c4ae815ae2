// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreChange } from '../../../shared/events';
import { subscribeToChanges } from './changes';

/** A response whose body streams `chunks`, then ends (the server went away). */
function streamed(chunks: string[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

describe('subscribeToChanges over HTTP', () => {
  beforeEach(() => {
    sessionStorage.setItem('factcheck-token', 'secret');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('sends the token, passes on each change, skips heartbeats and broken messages, and reconnects', async () => {
    vi.useFakeTimers();
    const fetch = vi
      .fn<(url: string, init: RequestInit) => Promise<Response>>()
      .mockResolvedValueOnce(
        streamed([': connected\n\n', 'data: {"kind":"sett', 'ings"}\n\n', 'data: not json\n\n', ': heartbeat\n\n']),
      )
      .mockResolvedValue(streamed(['data: {"kind":"sources"}\n\n']));
    vi.stubGlobal('fetch', fetch);
    const changes: CoreChange[] = [];
    const onConnect = vi.fn();
    const stop = subscribeToChanges({ onChange: (c) => changes.push(c), onConnect });

    await vi.waitFor(() => expect(changes).toEqual([{ kind: 'settings' }]));
    expect(fetch.mock.calls[0]![0]).toBe('/api/events');
    expect(new Headers(fetch.mock.calls[0]![1].headers).get('Authorization')).toBe('Bearer secret');
    expect(fetch).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(changes).toEqual([{ kind: 'settings' }, { kind: 'sources' }]));
    expect(onConnect).toHaveBeenCalledTimes(2);

    const calls = fetch.mock.calls.length;
    stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(calls);
  });

  it('waits longer after each failed attempt', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetch);
    const stop = subscribeToChanges({ onChange: () => undefined, onConnect: () => undefined });
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).toHaveBeenCalledTimes(3);
    stop();
  });
});
