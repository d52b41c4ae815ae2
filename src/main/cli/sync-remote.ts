import { checkRemoteUrl, type RemoteOptions } from '../core/sync/remote';

/** The variables `serve --sync` and `sync` read the hub's address, the user and the password from. */
export const SYNC_ENV = {
  url: 'FACTCHECK_SYNC_URL',
  user: 'FACTCHECK_SYNC_USER',
  password: 'FACTCHECK_SYNC_PASSWORD',
} as const;

/**
 * The hub for this run: the options given, else the environment. The password is only ever read
 * from the environment (never an option: it would show in the process list), and taken out of it
 * once read, so that the processes the workbench starts do not inherit it.
 */
export function syncRemoteFrom(
  given: { url?: string | undefined; user?: string | undefined },
  env: NodeJS.ProcessEnv,
): RemoteOptions | undefined {
  const url = given.url ?? env[SYNC_ENV.url];
  const user = given.user ?? env[SYNC_ENV.user];
  const password = env[SYNC_ENV.password];
  delete env[SYNC_ENV.password];
  if (!url) return undefined;
  checkRemoteUrl(url);
  return { url, ...(user ? { user } : {}), ...(password ? { password } : {}) };
}
