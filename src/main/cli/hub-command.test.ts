import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PouchDB from 'pouchdb-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeHubError } from '../core/sync/hub-errors';
import { hubFingerprint, openRemote } from '../core/sync/remote';

/** `factcheck hub` and `factcheck hub user` as real processes, run from source as cli.test does. */
const ENTRY = fileURLToPath(new URL('./cli.source.mjs', import.meta.url));
const CHILD_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
const ANA = 'ana-password-long';
const BO = 'bo-password-long';

interface Running {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  stderr: () => string;
  exited: Promise<number | null>;
}

function startHubProcess(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [ENTRY, 'hub', ...args], { env: CHILD_ENV });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return new Promise((resolve, reject) => {
    // Started once it has said how to stop it and printed its URL (and, over HTTPS, its fingerprint).
    const check = (): void => {
      const lines = stdout.split('\n');
      const printed = lines.length > (lines[0]?.startsWith('https:') ? 2 : 1);
      if (printed && stderr.includes('Ctrl+C')) resolve({ child, lines, stderr: () => stderr, exited });
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      check();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      check();
    });
    void exited.then((code) => reject(new Error(`hub exited (${code}): ${stderr}`)));
  });
}

function runHubUser(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [ENTRY, 'hub', 'user', ...args], { env: CHILD_ENV });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin ?? '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function listModes(dir: string): Promise<string[]> {
  const loose: string[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const mode = (await stat(join(dir, entry))).mode;
    if ((mode & 0o077) !== 0) loose.push(`${entry} ${(mode & 0o777).toString(8)}`);
  }
  return loose;
}

describe('factcheck hub, as a process', () => {
  let dir: string;
  let hub: Running;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hub-cli-'));
    hub = await startHubProcess(['--data', dir, '--port', '0']);
    url = hub.lines[0]!;
  }, 60_000);
  afterAll(async () => {
    hub.child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('prints its URL first and where the administrator’s password is, never the password', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const passwordFile = join(dir, 'hub', 'admin-password.txt');
    const password = (await readFile(passwordFile, 'utf8')).trim();
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect(hub.stderr()).toContain(passwordFile);
    expect(hub.lines.join('\n') + hub.stderr()).not.toContain(password);
    expect((await fetch(`${url}/`)).status).toBe(401);
  });

  it('adds people to a running hub and its desk; a member replicates, anyone else is refused', async () => {
    const added = await runHubUser(['add', 'ana', '--desk', 'desk', '--data', dir], `${ANA}\n`);
    expect(added).toMatchObject({ code: 0 });
    expect(added.stderr).toContain('ana can now sign in to the hub and is a member of desk.');
    const file = join(dir, 'bo-password.txt');
    await writeFile(file, `${BO}\n`);
    await chmod(file, 0o600);
    expect((await runHubUser(['add', 'bo', '--password-file', file, '--data', dir])).code).toBe(0);
    const listed = await runHubUser(['list', '--json', '--data', dir]);
    expect(JSON.parse(listed.stdout)).toEqual([
      { name: 'ana', desks: ['desk'] },
      { name: 'bo', desks: [] },
    ]);
    for (const output of [added, listed]) expect(output.stdout + output.stderr).not.toContain(ANA);

    const a = new PouchDB(join(dir, 'machine-a'));
    const b = new PouchDB(join(dir, 'machine-b'));
    await a.put({ _id: 'claim-1', status: 'verified' });
    await a.replicate.to(openRemote({ url: `${url}/desk`, user: 'ana', password: ANA }));
    await b.replicate.from(openRemote({ url: `${url}/desk`, user: 'ana', password: ANA }));
    expect(await b.get('claim-1')).toMatchObject({ status: 'verified' });
    const refused = await b.replicate.from(openRemote({ url: `${url}/desk`, user: 'bo', password: BO })).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(describeHubError(refused, `${url}/desk`).message).toMatch(/^The hub refused the user name or password/);
    await a.close();
    await b.close();
  }, 60_000);

  it('refuses a short password, a password file others can read, and a missing name', async () => {
    const short = await runHubUser(['add', 'cy', '--data', dir], 'short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('INVALID_INPUT: A hub password needs at least 12 characters.');
    const open = join(dir, 'open.txt');
    await writeFile(open, `${BO}\n`);
    await chmod(open, 0o644);
    expect((await runHubUser(['add', 'cy', '--password-file', open, '--data', dir])).code).toBe(2);
    expect((await runHubUser(['add', '--data', dir])).code).toBe(2);
  }, 60_000);

  it('stops on SIGTERM, then its people can be changed on the stopped folder', async () => {
    hub.child.kill('SIGTERM');
    expect(await hub.exited).toBe(0);
    expect(hub.stderr()).toContain('Stopped.');
    const removed = await runHubUser(['remove', 'bo', '--data', dir]);
    expect(removed).toMatchObject({ code: 0 });
    expect(JSON.parse((await runHubUser(['list', '--json', '--data', dir])).stdout)).toEqual([
      { name: 'ana', desks: ['desk'] },
    ]);
    if (process.platform !== 'win32') expect(await listModes(join(dir, 'hub'))).toEqual([]);
  }, 60_000);
});

describe.runIf(process.platform === 'linux')('factcheck hub --host, as a process', () => {
  it('serves HTTPS off 127.0.0.1 with the fingerprint it prints, and refuses another pin', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hub-cli-tls-'));
    const hub = await startHubProcess(['--data', dir, '--port', '0', '--host', '127.0.0.2']);
    try {
      const [url, fingerprint] = hub.lines;
      expect(url).toMatch(/^https:\/\/127\.0\.0\.2:\d+$/);
      expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(await hubFingerprint(url!)).toBe(fingerprint);
      const password = (await readFile(join(dir, 'hub', 'admin-password.txt'), 'utf8')).trim();
      const local = new PouchDB(join(dir, 'machine'));
      await local.put({ _id: 'claim-1' });
      const admin = { user: 'admin', password };
      const created = await runHubUser(['add', 'ana', '--desk', 'desk', '--data', dir], `${ANA}\n`);
      expect(created.code).toBe(0);
      await local.replicate.to(
        openRemote({ url: `${url}/desk`, user: 'ana', password: ANA, fingerprint: fingerprint! }),
      );
      const wrongPin = `${fingerprint!.slice(0, -2)}${fingerprint!.endsWith('00') ? '01' : '00'}`;
      const refused = await local.replicate
        .to(openRemote({ url: `${url}/desk`, ...admin, fingerprint: wrongPin }))
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(describeHubError(refused, `${url}/desk`).message).toMatch(/^The hub's certificate has changed/);
      await local.close();
      hub.child.kill('SIGTERM');
      expect(await hub.exited).toBe(0);
    } finally {
      hub.child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
