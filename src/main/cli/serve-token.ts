import { readFile, stat } from 'node:fs/promises';
import { UsageError } from './cli-io';

export interface TokenSources {
  token?: string | undefined;
  tokenFile?: string | undefined;
  env: NodeJS.ProcessEnv;
  stderr: (line: string) => void;
  /** Whether file permissions can be checked (not on Windows). */
  posix?: boolean;
}

/** Reads a token file, refusing one that users other than its owner could read or write. */
async function readTokenFile(file: string, posix: boolean): Promise<string> {
  let mode: number;
  try {
    mode = (await stat(file)).mode;
  } catch {
    throw new UsageError(`No such token file: ${file}`);
  }
  if (posix && (mode & 0o077) !== 0) {
    throw new UsageError(
      `${file} can be read or changed by other users (mode ${(mode & 0o777).toString(8)}); make it private with \`chmod 600 ${file}\` first.`,
    );
  }
  const token = (await readFile(file, 'utf8')).trim();
  if (token === '') throw new UsageError(`${file} is empty; it must hold the access token.`);
  return token;
}

/**
 * A fixed token for `serve`, for scripts that call the API: from `--token-file`, FACTCHECK_TOKEN or
 * `--token` (which every local user sees in the process list, hence the warning); none means a
 * random one per run.
 */
export async function fixedToken(sources: TokenSources): Promise<string | undefined> {
  if (sources.token !== undefined && sources.tokenFile !== undefined) {
    throw new UsageError('Give either --token or --token-file, not both.');
  }
  if (sources.tokenFile !== undefined) return readTokenFile(sources.tokenFile, sources.posix ?? true);
  if (sources.token !== undefined) {
    if (sources.token === '') throw new UsageError('--token must not be empty.');
    sources.stderr(
      'Warning: a token given with --token is visible to every user of this machine in the process list; use FACTCHECK_TOKEN or --token-file instead.',
    );
    return sources.token;
  }
  return sources.env.FACTCHECK_TOKEN || undefined;
}
