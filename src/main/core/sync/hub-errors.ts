import { CERTIFICATE_CHANGED, certificateChangedMessage } from './hub-agent';
import { NOT_COUCHDB, redactUrl } from './remote';

/** What a failed replication or request means for the sync indicator. */
export interface HubProblem {
  /** `offline`: the hub cannot be reached and changes wait; `error`: it answered, and something must change. */
  state: 'offline' | 'error';
  /** A sentence for the editor: never the password, the user name, or anything the server wrote. */
  message: string;
}

/** The network did not carry the request: no route, nobody listening, no answer in time. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENETRESET',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** Node's refusals of a certificate no authority vouches for, or issued for another name. */
const UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** A reverse proxy in front of a hub that is down answers these. */
const PROXY_WITHOUT_HUB = new Set([502, 503, 504]);

interface ErrorLike {
  code?: unknown;
  status?: unknown;
  type?: unknown;
  name?: unknown;
  message?: unknown;
}

function presentedFingerprint(message: unknown): string | undefined {
  return typeof message === 'string' ? /presented ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})/.exec(message)?.[1] : undefined;
}

/**
 * Classifies what PouchDB (node-fetch underneath) failed with when replicating with a hub. Only
 * codes and statuses are read: a server's own words are never repeated, since a hostile server
 * could echo the request's Authorization header back in them.
 */
export function describeHubError(error: unknown, url: string): HubProblem {
  const where = redactUrl(url);
  const { code, status, type, name, message } = (error ?? {}) as ErrorLike;
  if (code === CERTIFICATE_CHANGED) {
    return { state: 'error', message: certificateChangedMessage(presentedFingerprint(message)) };
  }
  if (typeof code === 'string' && UNREACHABLE.has(code)) {
    return { state: 'offline', message: `The hub at ${where} cannot be reached; changes are kept here until it can.` };
  }
  if (typeof code === 'string' && UNTRUSTED.has(code)) {
    return {
      state: 'error',
      message:
        `The hub at ${where} presented a certificate this computer does not trust. For a hub started with ` +
        '`factcheck hub --host`, pin the fingerprint it printed.',
    };
  }
  if (status === 401) return { state: 'error', message: 'The hub refused the user name or password.' };
  if (status === 403) {
    return {
      state: 'error',
      message: 'The hub refused the user name or password for this desk: ask its administrator to make you a member.',
    };
  }
  if (status === 404) {
    return { state: 'error', message: `The hub has no desk database at ${where}: check the address.` };
  }
  if (typeof status === 'number' && PROXY_WITHOUT_HUB.has(status)) {
    return {
      state: 'offline',
      message: `The hub at ${where} is not answering (HTTP ${status}); changes are kept here.`,
    };
  }
  // JSON that is not CouchDB's is caught by checkDeskDatabase; PouchDB itself would fail on it with
  // a bare Error, which ends below as a failed sync.
  const notCouch = type === 'invalid-json' || type === NOT_COUCHDB || name === 'SyntaxError';
  if (notCouch || code === 'EPROTO' || code === 'ERR_SSL_WRONG_VERSION_NUMBER') {
    return { state: 'error', message: `${where} is not a CouchDB hub: it did not answer as one.` };
  }
  if (typeof status === 'number' && status >= 400) {
    return { state: 'error', message: `The hub at ${where} refused the change (HTTP ${status}).` };
  }
  return { state: 'error', message: `Syncing with the hub at ${where} failed.` };
}
