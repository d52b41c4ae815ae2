/** The variable `serve --sync` and `sync` read the hub password from. */
export const SYNC_PASSWORD_VARIABLE = 'FACTCHECK_SYNC_PASSWORD';

/**
 * The hub password given in FACTCHECK_SYNC_PASSWORD, taken out of the environment once read, so that
 * the processes the workbench starts (the import worker, Chromium for PDFs) do not inherit it.
 * Undefined when unset or empty.
 */
export function syncPasswordFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const password = env[SYNC_PASSWORD_VARIABLE];
  delete env[SYNC_PASSWORD_VARIABLE];
  return password === undefined || password === '' ? undefined : password;
}
