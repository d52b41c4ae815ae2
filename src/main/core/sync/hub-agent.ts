import { Agent, type RequestOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { connect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import { AppError } from '../app-error';

/** How long a connection to the hub may take to open before the hub counts as unreachable. */
export const CONNECT_TIMEOUT_MS = 15_000;

/** The mark a refused certificate carries through node-fetch and PouchDB, which rewrap errors. */
export const CERTIFICATE_CHANGED = 'HUB_CERTIFICATE_CHANGED';

/** A SHA-256 fingerprint written as Node and browsers show it: `AA:BB:…` (32 pairs). */
export function normalizeFingerprint(text: string): string {
  const hex = text.replace(/[\s:]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) {
    throw new AppError(
      'INVALID_INPUT',
      'A certificate fingerprint is the 64 hexadecimal digits of its SHA-256, written AA:BB:… as the hub prints it.',
    );
  }
  return (hex.match(/../g) ?? []).join(':');
}

/** The sentence for a hub whose certificate is not the pinned one; `presented` when it is known. */
export function certificateChangedMessage(presented?: string): string {
  return (
    `The hub's certificate has changed: ${presented ? `it presented ${presented}, ` : 'it is '}not the fingerprint ` +
    'pinned in this workbench. If the hub made a new certificate, compare the fingerprint it prints and pin the new ' +
    'one; otherwise another machine may be answering in its place. Nothing was sent to it.'
  );
}

/**
 * The hub presented a certificate other than the pinned one, refused before any request is sent.
 * Its `code` is a transport code, as node's own ECONNREFUSED is, because node-fetch and PouchDB keep
 * only the code and the message of what the socket failed with.
 */
export class CertificateChangedError extends Error {
  readonly code = CERTIFICATE_CHANGED;

  constructor(readonly presented: string) {
    super(certificateChangedMessage(presented));
  }

  /** The same refusal as the workbench's errors carry it. */
  toAppError(): AppError {
    return new AppError('UNAUTHORIZED', this.message);
  }
}

type Callback = (error: Error | null, stream: Duplex) => void;

/**
 * HTTPS to the desk's hub. With a pinned fingerprint, the certificate is judged by that fingerprint
 * alone (a hub's own certificate is self-signed, so no authority vouches for it), and the socket is
 * handed to the HTTP client only after the check: no byte of a request, and no password, reaches a
 * server that presents another certificate. Without one, Node's usual verification against the
 * system's certificate authorities and the host name applies.
 */
class HubAgent extends Agent {
  constructor(private readonly pinned: string | undefined) {
    super({ keepAlive: true });
  }

  override createConnection(options: RequestOptions, callback?: Callback): Duplex | null | undefined {
    const pinned = this.pinned;
    const socket: TLSSocket = connect({
      ...(options as ConnectionOptions),
      ...(pinned ? { rejectUnauthorized: false } : {}),
    });
    let settled = false;
    const settle = (error: Error | null): void => {
      if (settled) return;
      settled = true;
      socket.off('error', settle);
      socket.setTimeout(0);
      if (error) socket.destroy();
      callback?.(error, socket);
    };
    socket.once('error', settle);
    socket.setTimeout(CONNECT_TIMEOUT_MS, () =>
      settle(Object.assign(new Error('The hub did not answer in time.'), { code: 'ETIMEDOUT' })),
    );
    socket.once('secureConnect', () => {
      const presented = socket.getPeerCertificate().fingerprint256;
      settle(pinned && presented !== pinned ? new CertificateChangedError(presented) : null);
    });
    return undefined;
  }
}

/** The HTTPS agent for one hub: pinned to `fingerprint` when given. */
export function hubAgent(fingerprint?: string): Agent {
  return new HubAgent(fingerprint === undefined ? undefined : normalizeFingerprint(fingerprint));
}
