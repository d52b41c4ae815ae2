import PouchDB from 'pouchdb-node';
import { AppError } from '../app-error';

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

/** The desk's database on its hub, signed in with the person's credentials. */
export function openRemote(options: RemoteOptions): PouchDB.Database {
  const url = checkRemoteUrl(options.url);
  return new PouchDB(url.toString().replace(/\/$/, ''), {
    skip_setup: true,
    ...(options.user && options.password !== undefined
      ? { auth: { username: options.user, password: options.password } }
      : {}),
  });
}
