import type { CoreChange } from '../../../shared/events';
import { EVENTS_PATH } from '../../../shared/events';
import { createSseParser } from './sse-parser';
import { browserToken } from './token';

export interface ChangeHandlers {
  onChange: (change: CoreChange) => void;
  /** The stream is open (again): changes made before `at` may have been missed. */
  onConnect: (at: number) => void;
}

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 30_000;

function parseChange(data: string): CoreChange | null {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string'
      ? (value as CoreChange)
      : null;
  } catch {
    return null;
  }
}

/**
 * Browser mode: reads GET /api/events with the token (EventSource cannot send it), and opens it
 * again, waiting longer each time, whenever it ends.
 */
function streamOverHttp(handlers: ChangeHandlers): () => void {
  const abort = new AbortController();
  let wait = FIRST_RETRY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function readOnce(token: string): Promise<void> {
    const response = await fetch(EVENTS_PATH, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
      signal: abort.signal,
      cache: 'no-store',
    });
    if (!response.ok || !response.body) return;
    wait = FIRST_RETRY_MS;
    handlers.onConnect(Date.now());
    const push = createSseParser((data) => {
      const change = parseChange(data);
      if (change) handlers.onChange(change);
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      push(value);
    }
  }

  function connect(): void {
    void browserToken().then((access) => {
      if ('refused' in access || abort.signal.aborted) return;
      readOnce(access.token)
        .catch(() => undefined)
        .finally(() => {
          if (abort.signal.aborted) return;
          timer = setTimeout(connect, wait);
          wait = Math.min(wait * 2, LONGEST_RETRY_MS);
        });
    });
  }

  connect();
  return () => {
    abort.abort();
    clearTimeout(timer);
  };
}

/** Hears every change the core publishes (IPC in the desktop app, SSE in browser mode); returns the stop. */
export function subscribeToChanges(handlers: ChangeHandlers): () => void {
  if (window.workbench) return window.workbench.onChange(handlers.onChange);
  return streamOverHttp(handlers);
}
