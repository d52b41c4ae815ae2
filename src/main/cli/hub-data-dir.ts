import { join } from 'node:path';
import { resolveDataDir } from '../core/data-dir';

/** The hub's own folder inside the data folder (`--data DIR`, else FACTCHECK_DATA, else the platform's). */
export function hubDataDir(data: string | undefined, env: NodeJS.ProcessEnv): string {
  return join(resolveDataDir(data, env), 'hub');
}
