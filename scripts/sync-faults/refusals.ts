import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { BIN, startServe } from '../../src/main/sync-tests/processes';
import type { HubControl } from './hub-control';
import { folder, Machine, settle } from './machines';

/** Every file of a data folder but the sync mirror and backups, by the hash of its bytes. */
async function dataFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    if (!entry.isFile() || name.startsWith('sync') || name.startsWith('backups')) continue;
    out[name] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return out;
}

/** A wrong password: the state says so in words, the machine's work is kept and sent once the password is right. */
export async function wrongPassword(hub: HubControl, observer: Machine): Promise<string[]> {
  const account = await hub.createDesk('carol');
  const carol = new Machine('C', await folder('c'), account);
  const problems: string[] = [];
  try {
    await carol.start({ ...account, password: 'not-the-password-at-all' });
    problems.push(
      ...(await settle(async () => {
        const status = await carol.api.call('sync.status', {});
        if (JSON.stringify(status).includes('not-the-password-at-all')) return ['the status shows the password'];
        return status.state === 'error' && /refused the user name or password/.test(status.error ?? '')
          ? []
          : [`with a wrong password the state is ${status.state}: ${status.error ?? ''}`];
      }, 30_000)),
    );
    const article = await carol.api.call('articles.create', {
      title: 'Written with a wrong password',
      text: 'Kept here.',
    });
    await carol.stop();
    await carol.start(account);
    problems.push(
      ...(await settle(
        async () => ((await observer.articles()).has(article.id) ? [] : ['C’s article has not reached B']),
        60_000,
      )),
    );
  } finally {
    await carol.stop();
  }
  return problems;
}

/** A server answering garbage: `factcheck sync` fails with a sentence and the data folder is as it was. */
export async function garbageHub(): Promise<string[]> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"db_name": 42, garbage');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dir = await folder('garbage');
  try {
    const serving = await startServe(dir);
    await serving.call('articles.create', { title: 'Untouched', text: 'Nothing from a broken hub comes in.' });
    await serving.stop();
    const before = await dataFiles(dir);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/desk`;
    const child = spawn(process.execPath, [BIN, 'sync', '--data', dir, '--remote', url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    const problems: string[] = [];
    if (code !== 1) problems.push(`factcheck sync against garbage exited ${String(code)}, not 1`);
    if (!/is not a CouchDB hub/.test(stderr)) problems.push(`factcheck sync against garbage said: ${stderr.trim()}`);
    if (JSON.stringify(await dataFiles(dir)) !== JSON.stringify(before))
      problems.push('the data folder changed after syncing with garbage');
    return problems;
  } finally {
    server.close();
  }
}
