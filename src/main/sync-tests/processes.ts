import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api';
import type { ApiResult } from '../../shared/errors';
import { readAdminPassword } from '../hub/hub-admin';
import { ADMIN_NAME } from '../hub/hub-names';
import { addMember, putUser } from '../hub/hub-users';

/** The built command line (`npm run build`), as a person runs it. */
export const BIN = fileURLToPath(new URL('../../../bin/factcheck.js', import.meta.url));
const BUILT_CLI = fileURLToPath(new URL('../../../out/main/cli.js', import.meta.url));

export function isBuilt(): boolean {
  return existsSync(BUILT_CLI);
}

export interface Running {
  process: ChildProcess;
  /** The first line the command printed (its URL). */
  url: string;
  /** SIGTERM and wait: the command stops as on Ctrl+C. */
  stop: () => Promise<void>;
  /** SIGKILL and wait: the machine lost power. */
  kill: () => Promise<void>;
  output: () => string;
}

async function start(args: string[], env: NodeJS.ProcessEnv): Promise<Running> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => String(line)),
    once(child, 'exit').then(([code]) => {
      throw new Error(`factcheck ${args[0]} exited (${String(code)}): ${output}`);
    }),
  ]);
  const ended = (signal: NodeJS.Signals) => async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await once(child, 'exit');
  };
  return { process: child, url: first, stop: ended('SIGTERM'), kill: ended('SIGKILL'), output: () => output };
}

/** `factcheck hub` on a loopback port (0: a free one), its data in `dataDir`. */
export function startHubProcess(dataDir: string, port = 0): Promise<Running> {
  return start(['hub', '--data', dataDir, '--port', String(port)], { ...process.env });
}

export interface Serving extends Running {
  origin: string;
  call: <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;
  /** The answer as it came, refusals included. */
  send: (method: ApiMethod, input: unknown) => Promise<ApiResult<unknown>>;
}

/** `factcheck serve --data DIR [--sync URL]`, with a token of the test's choosing for calling its API. */
export async function startServe(
  dataDir: string,
  options: { sync?: string; user?: string; password?: string } = {},
): Promise<Serving> {
  // The password travels as a person gives it to `serve`: in FACTCHECK_SYNC_PASSWORD, never an option.
  const token = randomBytes(24).toString('base64url');
  const env: NodeJS.ProcessEnv = { ...process.env, FACTCHECK_TOKEN: token };
  delete env['FACTCHECK_SYNC_URL'];
  if (options.user) env['FACTCHECK_SYNC_USER'] = options.user;
  if (options.password) env['FACTCHECK_SYNC_PASSWORD'] = options.password;
  const running = await start(
    ['serve', '--data', dataDir, '--port', '0', ...(options.sync ? ['--sync', options.sync] : [])],
    env,
  );
  const origin = new URL(running.url).origin;
  const send = async (method: ApiMethod, input: unknown): Promise<ApiResult<unknown>> => {
    const response = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiResult<unknown>;
  };
  const call = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await send(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as ApiOutput<M>;
  };
  return { ...running, origin, call, send };
}

export interface DeskAccount {
  /** The desk database's URL. */
  desk: string;
  user: string;
  password: string;
}

/**
 * A desk on a running `factcheck hub` (whose `--data` was `dataDir`) and a person who may sign in
 * to it, made as `factcheck hub user add` makes them: through CouchDB's HTTP API, as the administrator.
 */
export async function createDesk(
  hubUrl: string,
  dataDir: string,
  desk = 'desk',
  user = 'checker',
): Promise<DeskAccount> {
  const adminPassword = await readAdminPassword(join(dataDir, 'hub'));
  if (!adminPassword) throw new Error('The hub wrote no administrator password.');
  const admin = { url: hubUrl, name: ADMIN_NAME, password: adminPassword };
  const password = randomBytes(12).toString('base64url');
  await putUser(admin, user, password);
  await addMember(admin, desk, user);
  return { desk: `${hubUrl}/${desk}`, user, password };
}
