import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-node';
import { afterEach, describe, expect, it } from 'vitest';
import { openRemote } from '../core/sync/remote';
import { addMember, putUser } from './hub-users';
import { startHub, type Hub } from './start-hub';

describe('startHub', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function tempDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'hub-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  it('replicates documents between two machines and keeps a conflict the same on both', async () => {
    const hub: Hub = await startHub({ dataDir: await tempDir() });
    cleanups.push(hub.close);
    const admin = { url: hub.url, name: hub.admin.name, password: hub.admin.password! };
    await putUser(admin, 'ana', 'correct horse battery');
    await addMember(admin, 'desk', 'ana');
    const remote = openRemote({ url: `${hub.url}/desk`, user: 'ana', password: 'correct horse battery' });
    const a = new PouchDB(join(await tempDir(), 'a'));
    const b = new PouchDB(join(await tempDir(), 'b'));
    cleanups.push(async () => {
      await a.close();
      await b.close();
    });
    await a.put({ _id: 'claim:1', status: 'unchecked' });
    await a.replicate.to(remote);
    await b.replicate.from(remote);
    await a.put({ ...(await a.get('claim:1')), status: 'verified' });
    await b.put({ ...(await b.get('claim:1')), status: 'disputed' });
    // A push and a pull run at once inside one sync, so a revision can miss the round it raced with;
    // replication converges within a few rounds, which is what the desk relies on.
    let onA = await a.get('claim:1', { conflicts: true });
    let onB = await b.get('claim:1', { conflicts: true });
    for (let round = 0; round < 5 && !(onA._conflicts?.length && onB._conflicts?.length); round++) {
      await a.sync(remote);
      await b.sync(remote);
      onA = await a.get('claim:1', { conflicts: true });
      onB = await b.get('claim:1', { conflicts: true });
    }
    expect(onA).toEqual(onB);
    expect(onA._conflicts).toHaveLength(1);
  });
});
