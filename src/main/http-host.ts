import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../shared/errors';
import { CLIENT_HEADER, EVENTS_PATH } from '../shared/events';
import { tokenMatches } from './access-token';
import type { ChangeFeed } from './core/change-feed';
import type { Dispatch } from './core/handlers/dispatch';
import { internalError } from './core/internal-error';
import { streamChanges } from './change-stream';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveStaticFile } from './static-files';

export interface HttpHostOptions {
  dispatch: Dispatch;
  token: string;
  port: number;
  /** The built renderer (index.html and assets), served at `/`. */
  staticDir: string;
  /** Defaults to MAX_BODY_BYTES; tests set a small one. */
  maxBodyBytes?: number;
  /** The core's change events, relayed to pages at GET /api/events. */
  changes?: Pick<ChangeFeed, 'subscribe'>;
  /** Where an unexpected failure's stack goes, with the id the client is given (default: stderr). */
  log?: (message: string) => void;
}

export interface HttpHost {
  server: Server;
  port: number;
  url: string;
  close: () => Promise<void>;
}

/** Large enough for the largest allowed draft (100 MB) sent as base64 inside JSON. */
export const MAX_BODY_BYTES = 140 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, result: ApiResult<unknown>): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

function fail(
  res: ServerResponse,
  status: number,
  code: 'INVALID_INPUT' | 'NOT_FOUND' | 'TOO_LARGE' | 'UNAUTHORIZED',
  message: string,
): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

type Body = { text: string } | { refused: 'TOO_LARGE' | 'NOT_UTF8' };

/** The body as text, or why not: larger than the limit (declared or sent), or not UTF-8. */
async function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return { refused: 'TOO_LARGE' };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return { refused: 'TOO_LARGE' };
    chunks.push(chunk as Buffer);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { refused: 'NOT_UTF8' };
  }
}

/** The path of a request target, still percent-encoded; null for anything but an origin-form target. */
function requestPath(target: string | undefined): string | null {
  if (!target?.startsWith('/')) return null;
  return target.split(/[?#]/, 1)[0] ?? null;
}

/**
 * The core over HTTP, for browser mode, e2e tests and headless use. Loopback only; every API call
 * needs the per-run token; a foreign Host header (DNS rebinding) is refused; no CORS headers.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  let port = options.port;
  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const events = `/api/${method}` === EVENTS_PATH;
    if (req.method !== (events ? 'GET' : 'POST')) {
      return fail(res, 405, 'INVALID_INPUT', events ? 'Change events are read with GET.' : 'API calls must use POST.');
    }
    if (!tokenMatches(req.headers.authorization, options.token)) {
      return fail(
        res,
        401,
        'UNAUTHORIZED',
        'Missing or wrong access token; open the address that `factcheck serve` printed.',
      );
    }
    if (events) {
      if (!options.changes) return fail(res, 404, 'NOT_FOUND', 'This server publishes no change events.');
      return streamChanges(req, res, options.changes);
    }
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
      return fail(res, 415, 'INVALID_INPUT', 'API calls must send a JSON body (Content-Type: application/json).');
    }
    const body = await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
    if ('refused' in body && body.refused === 'TOO_LARGE') {
      // The rest of the body is not read: the connection must not be reused for another request.
      res.setHeader('Connection', 'close');
      return fail(res, 413, 'TOO_LARGE', 'The request is larger than the workbench accepts.');
    }
    if ('refused' in body) return fail(res, 400, 'INVALID_INPUT', 'The request body is not UTF-8 text.');
    let payload: unknown;
    try {
      payload = body.text.trim() === '' ? {} : JSON.parse(body.text);
    } catch {
      return fail(res, 400, 'INVALID_INPUT', 'The request body is not valid JSON.');
    }
    const origin = req.headers[CLIENT_HEADER];
    sendJson(res, 200, await options.dispatch(method, payload, typeof origin === 'string' ? origin : undefined));
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    const file = await resolveStaticFile(options.staticDir, path);
    if (!file) return send(res, 404, 'Not found', 'text/plain');
    send(res, 200, await readFile(file), contentTypeOf(file));
  }

  const server = createServer((req, res) => {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      return send(res, 421, 'This server answers only to 127.0.0.1 and localhost.', 'text/plain');
    }
    const pathname = requestPath(req.url);
    if (pathname === null) return send(res, 400, 'Bad address', 'text/plain');
    const work = pathname.startsWith('/api/')
      ? handleApi(req, res, pathname.slice('/api/'.length))
      : handleStatic(req, res, pathname);
    work.catch((error: unknown) => {
      const reply = internalError('http', error, options.log ?? console.error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: reply });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(options.token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
