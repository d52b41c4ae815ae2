import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Fact-Check Workbench';

/** The platform's per-user application data folder, as Electron's `userData` would choose it. */
export function platformUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}

/** `--data DIR`, else FACTCHECK_DATA, else the platform's user data folder. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.FACTCHECK_DATA ?? platformUserDataDir(env);
}
