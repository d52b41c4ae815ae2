import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { ApiResult } from '../shared/errors';
import type { Dispatch } from './core/handlers/dispatch';

export interface HttpHostOptions {
  dispatch: Dispatch;
  token: string;
  port: number;
  /** The built renderer (index.html and assets), served at `/`. */
  staticDir: string;
}

export interface HttpHost {
  server: Server;
  port: number;
  url: string;
  close: () => Promise<void>;
}

/** Large enough for the largest allowed draft (100 MB) sent as base64 inside JSON. */
const MAX_BODY_BYTES = 140 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': CSP,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, result: ApiResult<unknown>): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

function fail(
  res: ServerResponse,
  status: number,
  code: 'INVALID_INPUT' | 'NOT_FOUND' | 'TOO_LARGE',
  message: string,
): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The core over HTTP, for browser mode, e2e tests and headless use. Loopback only; every API call
 * needs the per-run token; a foreign Host header (DNS rebinding) is refused; no CORS headers.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  let port = options.port;
  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return fail(res, 405, 'INVALID_INPUT', 'API calls must use POST.');
    if (!tokenMatches(req.headers.authorization, options.token)) {
      return fail(
        res,
        401,
        'INVALID_INPUT',
        'Missing or wrong access token; open the address that `factcheck serve` printed.',
      );
    }
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
      return fail(res, 415, 'INVALID_INPUT', 'API calls must send a JSON body (Content-Type: application/json).');
    }
    const body = await readBody(req);
    if (body === undefined) return fail(res, 413, 'TOO_LARGE', 'The request is larger than the workbench accepts.');
    let payload: unknown;
    try {
      payload = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      return fail(res, 400, 'INVALID_INPUT', 'The request body is not valid JSON.');
    }
    sendJson(res, 200, await options.dispatch(method, payload));
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return send(res, 400, 'Bad address', 'text/plain');
    }
    const relative = path === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = normalize(join(options.staticDir, relative));
    if (!file.startsWith(normalize(options.staticDir) + sep)) return send(res, 404, 'Not found', 'text/plain');
    try {
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      send(res, 200, await readFile(file), type);
    } catch {
      send(res, 404, 'Not found', 'text/plain');
    }
  }

  const server = createServer((req, res) => {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      return send(res, 421, 'This server answers only to 127.0.0.1 and localhost.', 'text/plain');
    }
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const work = pathname.startsWith('/api/')
      ? handleApi(req, res, pathname.slice('/api/'.length))
      : handleStatic(req, res, pathname);
    work.catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: String(error) } });
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
