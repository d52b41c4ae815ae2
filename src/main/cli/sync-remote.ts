import { checkRemoteUrl, type RemoteOptions } from '../core/sync/remote';
import { syncPasswordFromEnv } from './sync-password';

/** The variables `serve --sync` and `sync` read the hub's address and the user name from. */
export const SYNC_URL_VARIABLE = 'FACTCHECK_SYNC_URL';
export const SYNC_USER_VARIABLE = 'FACTCHECK_SYNC_USER';

/**
 * The hub for this run: the options given, else the environment. The password is only ever read
 * from FACTCHECK_SYNC_PASSWORD (never an option: it would show in the process list).
 */
export function syncRemoteFrom(
  given: { url?: string | undefined; user?: string | undefined; fingerprint?: string | undefined },
  env: NodeJS.ProcessEnv,
): RemoteOptions | undefined {
  const url = given.url ?? env[SYNC_URL_VARIABLE];
  const user = given.user ?? env[SYNC_USER_VARIABLE];
  const password = syncPasswordFromEnv(env);
  if (!url) return undefined;
  checkRemoteUrl(url);
  return {
    url,
    ...(user ? { user } : {}),
    ...(password ? { password } : {}),
    ...(given.fingerprint ? { fingerprint: given.fingerprint } : {}),
  };
}
