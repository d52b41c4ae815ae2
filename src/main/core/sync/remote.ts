import type { Agent } from 'node:https';
import { connect } from 'node:tls';
import PouchDB from 'pouchdb-node';
import { AppError } from '../app-error';
import { CONNECT_TIMEOUT_MS, hubAgent } from './hub-agent';

/** Where a desk's database is and how to sign in; the password never leaves the sync service. */
export interface RemoteOptions {
  /** The desk database's URL, e.g. `https://hub.example:6984/desk` (no credentials in it). */
  url: string;
  user?: string;
  password?: string;
  /** SHA-256 fingerprint of the hub's certificate (HTTPS), pinned on first use. */
  fingerprint?: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Refuses an address the desk must not use: not http(s), credentials inside the URL (they would show
 * wherever the URL is shown), or plain HTTP to anything but this machine.
 */
export function checkRemoteUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('INVALID_INPUT', 'The hub address is not a URL (for example https://hub.example:6984/desk).');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new AppError('INVALID_INPUT', 'The hub address must start with https:// (or http:// on this machine).');
  if (parsed.username || parsed.password)
    throw new AppError('INVALID_INPUT', 'Give the user name and password separately, not inside the hub address.');
  if (parsed.protocol === 'http:' && !LOOPBACK.has(parsed.hostname))
    throw new AppError(
      'INVALID_INPUT',
      'A hub on another machine must use https:// so that the desk’s data is encrypted.',
    );
  return parsed;
}

/** The URL as it may be shown: no user name, password or query. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    parsed.search = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return '(not a URL)';
  }
}

type Fetch = NonNullable<PouchDB.DatabaseOptions['fetch']>;

/** PouchDB's own fetch (node-fetch with a cookie jar); it accepts node-fetch's `agent` option. */
const pouchFetch = (PouchDB as PouchDB.Static & { fetch: Fetch }).fetch;

interface FetchResponse {
  ok: boolean;
  status: number;
  headers: { get: (name: string) => string | null };
  json: () => Promise<unknown>;
}

/**
 * PouchDB reads every answer as JSON before it looks at the status, so a proxy's HTML page for
 * "502 Bad Gateway" or "401" would read as a server that is not a hub. A failed answer that is not
 * JSON keeps its status instead, for `describeHubError` to read.
 */
function hubFetch(agent: Agent | undefined): Fetch {
  return async (url, options) => {
    const response = (await pouchFetch(url, agent ? { ...options, agent } : options)) as FetchResponse;
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok && !type.includes('json')) {
      const status = response.status;
      response.json = () => Promise.reject(Object.assign(new Error(`HTTP ${status}`), { status }));
    }
    return response;
  };
}

/**
 * The desk's database on its hub, signed in with the person's credentials. Over HTTPS the hub's
 * certificate must have the pinned `fingerprint` when one is given (a hub's own certificate), or
 * else be vouched for by the system's certificate authorities (a hub behind a real certificate).
 */
export function openRemote(options: RemoteOptions): PouchDB.Database {
  const url = checkRemoteUrl(options.url);
  if (options.fingerprint !== undefined && url.protocol !== 'https:') {
    throw new AppError('INVALID_INPUT', 'A certificate fingerprint can only be pinned for an https:// hub.');
  }
  return new PouchDB(url.toString().replace(/\/$/, ''), {
    skip_setup: true,
    fetch: hubFetch(url.protocol === 'https:' ? hubAgent(options.fingerprint) : undefined),
    ...(options.user && options.password !== undefined
      ? { auth: { username: options.user, password: options.password } }
      : {}),
  });
}

/**
 * The SHA-256 fingerprint (`AA:BB:…`) of the certificate an https:// hub presents, read without
 * trusting it and without sending anything: what Settings → Desk shows the editor to compare with
 * the one the hub printed, before it is pinned (trust on first use).
 */
export function hubFingerprint(url: string): Promise<string> {
  const parsed = checkRemoteUrl(url);
  if (parsed.protocol !== 'https:') {
    return Promise.reject(new AppError('INVALID_INPUT', 'Only an https:// hub has a certificate to pin.'));
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  return new Promise((resolve, reject) => {
    const socket = connect({
      host,
      port: Number(parsed.port || 443),
      rejectUnauthorized: false,
      ...(/^[\d.]+$|:/.test(host) ? {} : { servername: host }),
    });
    socket.setTimeout(CONNECT_TIMEOUT_MS, () =>
      socket.destroy(Object.assign(new Error('The hub did not answer in time.'), { code: 'ETIMEDOUT' })),
    );
    socket.once('error', reject);
    socket.once('secureConnect', () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
  });
}

/** The mark of a server that answers JSON but not as a CouchDB database. */
export const NOT_COUCHDB = 'not-couchdb';

/**
 * Asks the desk's database for its info and fails unless it answers as a CouchDB database does
 * (a name and an update sequence). A pull from a server that answers `{}` to everything would
 * otherwise "succeed" with nothing; call it before the first replication.
 */
export async function checkDeskDatabase(remote: PouchDB.Database): Promise<void> {
  const info = (await remote.info()) as Partial<Awaited<ReturnType<PouchDB.Database['info']>>> | null;
  if (!info || typeof info !== 'object' || typeof info.db_name !== 'string' || info.update_seq === undefined) {
    throw Object.assign(new Error('The server did not answer as a CouchDB database.'), { type: NOT_COUCHDB });
  }
}
