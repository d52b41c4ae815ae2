import { redactUrl } from './remote';

/** What a failed replication means for the sync indicator. */
export interface ReplicationProblem {
  /** `offline`: the hub cannot be reached and changes wait here; `error`: something must change. */
  state: 'offline' | 'error';
  /** A sentence for the editor: never a password, nor anything the server wrote. */
  message: string;
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_SOCKET',
]);

interface ErrorLike {
  code?: unknown;
  status?: unknown;
  type?: unknown;
  name?: unknown;
  errno?: unknown;
}

/**
 * Reads only codes and statuses from what PouchDB failed with: a server's own words are never
 * repeated (a hostile one could echo the Authorization header back).
 */
export function describeReplicationError(error: unknown, url: string): ReplicationProblem {
  const where = redactUrl(url);
  const { code, status, type, name, errno } = (error ?? {}) as ErrorLike;
  const netCode = typeof code === 'string' ? code : typeof errno === 'string' ? errno : undefined;
  if ((netCode && UNREACHABLE.has(netCode)) || type === 'system')
    return { state: 'offline', message: `The hub at ${where} cannot be reached; changes are kept here until it can.` };
  if (status === 401) return { state: 'error', message: 'The hub refused the user name or password.' };
  if (status === 403) return { state: 'error', message: 'The hub does not let this user into the desk’s database.' };
  if (status === 404)
    return { state: 'error', message: `The hub has no desk database at ${where}: check the address.` };
  if (status === 502 || status === 503 || status === 504)
    return { state: 'offline', message: `The hub at ${where} is not answering; changes are kept here.` };
  if (
    type === 'invalid-json' ||
    name === 'SyntaxError' ||
    (typeof status === 'number' && status >= 500) ||
    status === 400
  )
    return { state: 'error', message: `${where} did not answer as a CouchDB hub does; nothing from it was taken.` };
  if (typeof status === 'number' && status >= 400)
    return { state: 'error', message: `The hub at ${where} refused the exchange (HTTP ${status}).` };
  return { state: 'error', message: `Syncing with the hub at ${where} failed; changes are kept here.` };
}
