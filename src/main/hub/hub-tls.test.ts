import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-node';
import { afterEach, describe, expect, it } from 'vitest';
import { describeHubError } from '../core/sync/hub-errors';
import { checkDeskDatabase, hubFingerprint, openRemote } from '../core/sync/remote';
import { addMember, putUser } from './hub-users';
import { startHub } from './start-hub';

describe('a hub over HTTPS', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function tempDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'hub-tls-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('keeps one certificate, readable by its owner only, from one start to the next', async () => {
    const dataDir = await tempDir();
    const first = await startHub({ dataDir, tls: true });
    await first.close();
    const second = await startHub({ dataDir, tls: true });
    cleanups.push(second.close);
    expect(second.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(second.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(await hubFingerprint(second.url)).toBe(second.fingerprint);
    if (process.platform !== 'win32') {
      expect((await stat(join(dataDir, 'tls', 'key.pem'))).mode & 0o777).toBe(0o600);
      expect((await stat(join(dataDir, 'tls'))).mode & 0o777).toBe(0o700);
    }
    expect(JSON.parse(await readFile(join(dataDir, 'hub.json'), 'utf8'))).toEqual({
      url: second.url,
      fingerprint: second.fingerprint,
    });
  });

  it('replicates with a machine that pins its certificate, and refuses one that pins another', async () => {
    const hub = await startHub({ dataDir: await tempDir(), tls: true });
    cleanups.push(hub.close);
    const admin = { url: hub.url, fingerprint: hub.fingerprint!, name: hub.admin.name, password: hub.admin.password! };
    await putUser(admin, 'ana', 'ana-password-long');
    await putUser(admin, 'bo', 'bo-password-long');
    await addMember(admin, 'desk', 'ana');
    await addMember(admin, 'desk', 'bo');
    const url = `${hub.url}/desk`;
    const a = new PouchDB(join(await tempDir(), 'a'));
    const b = new PouchDB(join(await tempDir(), 'b'));
    cleanups.push(async () => {
      await a.close();
      await b.close();
    });
    const asAna = openRemote({ url, user: 'ana', password: 'ana-password-long', fingerprint: hub.fingerprint! });
    await checkDeskDatabase(asAna);
    await a.put({ _id: 'claim-1', status: 'verified' });
    await a.replicate.to(asAna);
    await b.replicate.from(
      openRemote({ url, user: 'bo', password: 'bo-password-long', fingerprint: hub.fingerprint! }),
    );
    expect(await b.get('claim-1')).toMatchObject({ status: 'verified' });

    const otherPin = `${hub.fingerprint!.slice(0, -2)}${hub.fingerprint!.endsWith('00') ? '01' : '00'}`;
    const refused = await b.replicate
      .from(openRemote({ url, user: 'bo', password: 'bo-password-long', fingerprint: otherPin }))
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    const problem = describeHubError(refused, url);
    expect(problem.state).toBe('error');
    expect(problem.message).toContain(`The hub's certificate has changed: it presented ${hub.fingerprint}`);
    expect(problem.message).not.toContain('bo-password-long');
  });
});
