import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { UserContext } from 'express-pouchdb';
import { DESK_NAME } from './hub-names';

/** A database's `_security` object, as CouchDB defines it. */
export interface SecurityObject {
  members?: { names?: string[]; roles?: string[] };
  admins?: { names?: string[]; roles?: string[] };
}

export interface GateBackend {
  /** The person's user context when the name and password are right, else undefined. */
  logIn: (name: string, password: string) => Promise<UserContext | undefined>;
  /** The database's security object, or undefined when there is no such database. */
  securityOf: (database: string) => Promise<SecurityObject | undefined>;
}

/** What a request reaches, judged on its method and path alone. */
export type Target = { kind: 'open' } | { kind: 'admin-only' } | { kind: 'database'; name: string };

/** The name and password of an HTTP Basic `Authorization` header. */
export function readBasicCredentials(header: string | undefined): { name: string; password: string } | undefined {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header?.trim() ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  return { name: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

const READS = new Set(['GET', 'HEAD']);

/**
 * Where a signed-in person who is not the hub's administrator may go: the welcome, their session and
 * new ids; and inside a desk's database, not the database itself (create, delete). Every other
 * server path (`_all_dbs`, `_users`, `_config`, `_node`, ...) is the administrator's.
 */
export function targetOf(method: string, url: string): Target {
  const segments = (url.split('?')[0] ?? '').split('/').slice(1);
  const [first = '', ...rest] = segments;
  if (first === '' && rest.length === 0) return READS.has(method) ? { kind: 'open' } : { kind: 'admin-only' };
  if (first === '_session' && rest.length === 0) return { kind: 'open' };
  if (first === '_uuids' && rest.length === 0 && READS.has(method)) return { kind: 'open' };
  let name: string;
  try {
    name = decodeURIComponent(first);
  } catch {
    return { kind: 'admin-only' };
  }
  if (!DESK_NAME.test(name)) return { kind: 'admin-only' };
  const wholeDatabase = rest.length === 0 || (rest.length === 1 && rest[0] === '');
  if (wholeDatabase && !READS.has(method) && method !== 'POST') return { kind: 'admin-only' };
  return { kind: 'database', name };
}

function listed(user: UserContext, group: { names?: string[]; roles?: string[] } | undefined): boolean {
  return (
    (user.name !== null && (group?.names ?? []).includes(user.name)) ||
    (group?.roles ?? []).some((role) => user.roles.includes(role))
  );
}

/**
 * A member or admin of the database, named or by role. A database without members is the
 * administrator's alone, as in Apache CouchDB 3 (pouchdb-security would open it to everyone).
 */
export function isMember(user: UserContext, security: SecurityObject): boolean {
  return listed(user, security.members) || listed(user, security.admins);
}

export function isServerAdmin(user: UserContext): boolean {
  return user.roles.includes('_admin');
}

/** CouchDB's error body; the connection closes without reading what the request still sends. */
function refuse(req: IncomingMessage, res: ServerResponse, status: 401 | 403, reason: string): void {
  const socket = req.socket as IncomingMessage['socket'] | null;
  const body = JSON.stringify({ error: status === 401 ? 'unauthorized' : 'forbidden', reason });
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    Connection: 'close',
    ...(status === 401 ? { 'WWW-Authenticate': 'Basic realm="desk hub"' } : {}),
  });
  res.once('finish', () => socket?.destroySoon());
  res.end(body);
}

/**
 * Authentication and authorization in front of express-pouchdb, which leaves the welcome, the list
 * of databases, sign-up in `_users` and any database without members open to anonymous requests,
 * and lets a non-administrator's request crash the server (creating a database). Every request must
 * carry a valid name and password (CouchDB's `require_valid_user`); a person who is not the
 * administrator reaches only the databases whose `_security` names them. The databases' own checks
 * (pouchdb-security) still run behind it.
 */
export function hubGate(backend: GateBackend, next: RequestListener): RequestListener {
  return (req, res) => {
    void (async () => {
      const credentials = readBasicCredentials(req.headers.authorization);
      const user = credentials && (await backend.logIn(credentials.name, credentials.password));
      if (!user) return refuse(req, res, 401, 'Sign in with your name and password.');
      if (isServerAdmin(user)) return next(req, res);
      const target = targetOf(req.method ?? 'GET', req.url ?? '/');
      if (target.kind === 'open') return next(req, res);
      if (target.kind === 'admin-only') return refuse(req, res, 403, 'Only the hub’s administrator may do this.');
      const security = await backend.securityOf(target.name);
      if (!security || !isMember(user, security)) {
        return refuse(req, res, 403, 'You are not a member of this desk.');
      }
      return next(req, res);
    })().catch(() => {
      if (!res.headersSent) refuse(req, res, 403, 'The hub could not check this request.');
    });
  };
}
