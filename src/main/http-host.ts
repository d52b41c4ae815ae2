import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { CLIENT_HEADER, EVENTS_PATH } from '../shared/events';
import { launchCodes, tokenMatches } from './access-token';
import type { ChangeFeed } from './core/change-feed';
import type { Dispatch } from './core/handlers/dispatch';
import { internalError } from './core/internal-error';
import { streamChanges } from './change-stream';
import { parseJsonBody, readBody } from './http-body';
import { fail, refuseAndClose, send, sendJson } from './http-reply';
import { contentTypeOf, resolveStaticFile } from './static-files';

export interface HttpLimits {
  /** The whole request, headers and body, must arrive within this time (408 otherwise). */
  requestMs: number;
  headersMs: number;
  /** An idle connection between requests is closed after this time. */
  keepAliveMs: number;
  /** Connections beyond this many are closed as they arrive. */
  maxConnections: number;
  /** How often the server looks for requests over their time. */
  checkEveryMs: number;
}

/** A 140 MB body takes well under a second on loopback; two minutes leave room for a busy machine. */
export const HTTP_LIMITS: HttpLimits = {
  requestMs: 120_000,
  headersMs: 10_000,
  keepAliveMs: 5_000,
  maxConnections: 64,
  checkEveryMs: 1_000,
};

export interface HttpHostOptions {
  dispatch: Dispatch;
  token: string;
  port: number;
  /** The built renderer (index.html and assets), served at `/`. */
  staticDir: string;
  /** Defaults to MAX_BODY_BYTES; tests set a small one. */
  maxBodyBytes?: number;
  /** Defaults to HTTP_LIMITS; tests set small ones. */
  limits?: Partial<HttpLimits>;
  /** The core's change events, relayed to pages at GET /api/events. */
  changes?: Pick<ChangeFeed, 'subscribe'>;
  /** Where an unexpected failure's stack goes, with the id the client is given (default: stderr). */
  log?: (message: string) => void;
}

export interface HttpHost {
  server: Server;
  port: number;
  /** The address to open: the page, with a launch code that it exchanges once for the token. */
  url: string;
  /** Another address to open, with a new launch code. */
  launchUrl: () => string;
  close: () => Promise<void>;
}

/** Large enough for the largest allowed draft (100 MB) sent as base64 inside JSON. */
export const MAX_BODY_BYTES = 140 * 1024 * 1024;

/** POST /api/session exchanges a launch code for the token; its body is a code, nothing more. */
const SESSION_PATH = '/api/session';
/** POST /api/launch, with the token, answers a new single-use address (for scripts that open pages). */
const LAUNCH_METHOD = 'launch';
const MAX_SESSION_BODY = 1024;

export const USED_ADDRESS_MESSAGE =
  'This address was already used. Start the workbench again (or run factcheck serve) for a new one.';

/** The path of a request target, still percent-encoded; null for anything but an origin-form target. */
function requestPath(target: string | undefined): string | null {
  if (!target?.startsWith('/')) return null;
  return target.split(/[?#]/, 1)[0] ?? null;
}

const isJsonRequest = (req: IncomingMessage): boolean => /^application\/json\b/.test(req.headers['content-type'] ?? '');

/**
 * The core over HTTP, for browser mode, e2e tests and headless use. Loopback only; every API call
 * needs the per-run token, which a page gets once for a launch code; a foreign Host header (DNS
 * rebinding) is refused; no CORS headers; requests have time limits and connections a cap.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  let port = options.port;
  const limits = { ...HTTP_LIMITS, ...options.limits };
  const codes = launchCodes();
  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const launchUrl = (): string => `http://127.0.0.1:${port}/#launch=${codes.mint()}`;

  async function handleSession(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return refuseAndClose(req, res, 405, 'INVALID_INPUT', 'A session is opened with POST.');
    if (!isJsonRequest(req)) {
      return refuseAndClose(req, res, 415, 'INVALID_INPUT', 'A session is opened with a JSON body.');
    }
    const body = await readBody(req, MAX_SESSION_BODY);
    if ('refused' in body) return refuseAndClose(req, res, 413, 'TOO_LARGE', 'A launch code is short.');
    const parsed = parseJsonBody(body.bytes);
    const code = 'value' in parsed ? (parsed.value as { launch?: unknown } | null)?.launch : undefined;
    if (typeof code !== 'string' || !codes.redeem(code)) return fail(res, 401, 'UNAUTHORIZED', USED_ADDRESS_MESSAGE);
    sendJson(res, 200, { ok: true, value: { token: options.token } });
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const events = `/api/${method}` === EVENTS_PATH;
    if (req.method !== (events ? 'GET' : 'POST')) {
      const message = events ? 'Change events are read with GET.' : 'API calls must use POST.';
      return refuseAndClose(req, res, 405, 'INVALID_INPUT', message);
    }
    if (!tokenMatches(req.headers.authorization, options.token)) {
      const message = 'Missing or wrong access token; open the address that `factcheck serve` printed.';
      return refuseAndClose(req, res, 401, 'UNAUTHORIZED', message);
    }
    if (events) {
      if (!options.changes) return fail(res, 404, 'NOT_FOUND', 'This server publishes no change events.');
      return streamChanges(req, res, options.changes);
    }
    if (!isJsonRequest(req)) {
      const message = 'API calls must send a JSON body (Content-Type: application/json).';
      return refuseAndClose(req, res, 415, 'INVALID_INPUT', message);
    }
    const body = await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
    if ('refused' in body) {
      return refuseAndClose(req, res, 413, 'TOO_LARGE', 'The request is larger than the workbench accepts.');
    }
    const parsed = parseJsonBody(body.bytes);
    if ('refused' in parsed) return fail(res, 400, 'INVALID_INPUT', parsed.refused);
    if (method === LAUNCH_METHOD) return sendJson(res, 200, { ok: true, value: { url: launchUrl() } });
    const origin = req.headers[CLIENT_HEADER];
    sendJson(res, 200, await options.dispatch(method, parsed.value, typeof origin === 'string' ? origin : undefined));
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    const file = await resolveStaticFile(options.staticDir, path);
    if (!file) return send(res, 404, 'Not found', 'text/plain');
    send(res, 200, await readFile(file), contentTypeOf(file));
  }

  const server = createServer(
    {
      requestTimeout: limits.requestMs,
      headersTimeout: Math.min(limits.headersMs, limits.requestMs),
      keepAliveTimeout: limits.keepAliveMs,
      connectionsCheckingInterval: limits.checkEveryMs,
    },
    (req, res) => {
      if (!allowedHosts().has(req.headers.host ?? '')) {
        return send(res, 421, 'This server answers only to 127.0.0.1 and localhost.', 'text/plain');
      }
      const pathname = requestPath(req.url);
      if (pathname === null) return send(res, 400, 'Bad address', 'text/plain');
      const work =
        pathname === SESSION_PATH
          ? handleSession(req, res)
          : pathname.startsWith('/api/')
            ? handleApi(req, res, pathname.slice('/api/'.length))
            : handleStatic(req, res, pathname);
      work.catch((error: unknown) => {
        // A client that goes away mid-body (or is timed out) is no failure of ours.
        if ((error as { code?: unknown } | null)?.code === 'ECONNRESET') return;
        const reply = internalError('http', error, options.log ?? console.error);
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: reply });
      });
    },
  );
  server.maxConnections = limits.maxConnections;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: launchUrl(),
    launchUrl,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
