import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiResult } from '../shared/errors';
import { CONTENT_SECURITY_POLICY } from './static-files';

export type RefusalCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'TOO_LARGE' | 'UNAUTHORIZED';

export function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
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

export function sendJson(res: ServerResponse, status: number, result: ApiResult<unknown>): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

export function fail(res: ServerResponse, status: number, code: RefusalCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

/**
 * A refusal sent before the body is read (wrong method, no token, too large, not JSON): the body is
 * never read, and the connection is closed once the answer is out, so that an unread body of any
 * size costs neither memory nor time, and cannot be taken for the next request.
 */
export function refuseAndClose(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: RefusalCode,
  message: string,
): void {
  // The client may already have hung up, and then the request has no socket any more.
  const socket = req.socket as IncomingMessage['socket'] | null;
  res.setHeader('Connection', 'close');
  res.once('finish', () => socket?.destroySoon());
  fail(res, status, code, message);
}
