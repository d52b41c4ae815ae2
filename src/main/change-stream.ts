import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChangeFeed } from './core/change-feed';
import { CONTENT_SECURITY_POLICY } from './static-files';

/** A comment line now and then keeps proxies and idle timers from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

/**
 * Relays the core's change events to one page as Server-Sent Events (`data: <json>` per change),
 * until the page goes away. The caller has checked the Host header and the token.
 */
export function streamChanges(req: IncomingMessage, res: ServerResponse, changes: Pick<ChangeFeed, 'subscribe'>): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    Connection: 'keep-alive',
  });
  // An opening comment flushes the headers, so that the page knows it is connected.
  res.write(': connected\n\n');
  const unsubscribe = changes.subscribe((change) => {
    res.write(`data: ${JSON.stringify(change)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    clearInterval(heartbeat);
    unsubscribe();
  };
  // The socket, not the request: a GET's request object closes as soon as its (empty) body is read.
  req.socket.once('close', stop);
  res.once('close', stop);
}
