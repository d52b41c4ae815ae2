import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../core/call';
import { openCore, type Core, type CoreOptions } from '../core/open-core';
import { TEST_RESOURCES, snapshotDir, tempDir } from '../core/test-helpers';
import { COUCHDB_VARIABLE, testDesk, waitFor, type TestDesk } from './test-desk';

const TEXT = 'Rents rose 14 percent in two years, the housing board said. Vacancies fell to 2 percent last spring.';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const TARGETS = [
  { on: 'hub' as const, name: 'a hub started here', skip: undefined },
  {
    on: 'couchdb' as const,
    name: 'Apache CouchDB',
    skip: process.env[COUCHDB_VARIABLE]
      ? undefined
      : `${COUCHDB_VARIABLE} is not set (https://user:password@host:6984)`,
  },
];

for (const target of TARGETS) {
  if (target.skip) console.error(`Skipping the desk sync tests against ${target.name}: ${target.skip}.`);

  async function desk(): Promise<TestDesk> {
    const made = await testDesk(target.on);
    cleanups.push(made.close);
    return made;
  }

  async function machine(name: string, options: Partial<CoreOptions>): Promise<{ core: Core; dir: string }> {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES, machine: name, ...options });
    cleanups.push(() => core.close());
    await call(core.dispatch, 'settings.update', { editorName: `Editor on ${name}` });
    return { core, dir };
  }

  describe.skipIf(target.skip)(`desk sync through ${target.name}`, () => {
    it('replicates continuously: a claim tagged on one machine appears on the other, and the status says synced', async () => {
      const hub = await desk();
      const a = await machine('alpha', { syncRemote: hub.remote });
      const b = await machine('bravo', { syncRemote: hub.remote });
      const article = await call(a.core.dispatch, 'articles.create', { title: 'Rents', text: TEXT });
      const claim = await call(a.core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 33 });
      const onB = await waitFor('the claim on bravo', async () => {
        const found = await call(b.core.dispatch, 'articles.get', { id: article.id });
        return found.claims.some((c) => c.id === claim.id) && found;
      });
      expect(onB.claims[0]).toEqual(claim);
      const status = await waitFor('alpha to be synced', async () => {
        const now = await call(a.core.dispatch, 'sync.status', {});
        return now.state === 'synced' && now;
      });
      expect(status).toMatchObject({
        pending: 0,
        conflicts: 0,
        machine: 'alpha',
        url: hub.remote.url.split('//')[1] && expect.any(String),
      });
      expect(status.lastSyncAt).toBeDefined();
    });

    it('turns the same claim changed on two machines between rounds into one conflict everywhere, resolved on one', async () => {
      const hub = await desk();
      const a = await machine('alpha', { syncRemote: hub.remote, syncLive: false });
      const b = await machine('bravo', { syncRemote: hub.remote, syncLive: false });
      const article = await call(a.core.dispatch, 'articles.create', { title: 'Rents', text: TEXT });
      const { id: claimId } = await call(a.core.dispatch, 'claims.create', {
        articleId: article.id,
        start: 0,
        end: 33,
      });
      await call(a.core.dispatch, 'sync.now', {});
      await call(b.core.dispatch, 'sync.now', {});
      await call(a.core.dispatch, 'claims.setStatus', { claimId, status: 'disputed', note: 'The board said 12.' });
      await call(b.core.dispatch, 'claims.update', { claimId, notes: 'Asked the board.' });
      await call(b.core.dispatch, 'claims.setStatus', { claimId, status: 'false', note: 'No such report.' });
      for (let round = 0; round < 3; round++) for (const m of [a, b]) await call(m.core.dispatch, 'sync.now', {});
      const [conflict, ...more] = await call(a.core.dispatch, 'sync.conflicts', {});
      expect(more).toEqual([]);
      expect(await call(b.core.dispatch, 'sync.conflicts', {})).toEqual([conflict]);
      expect(conflict).toMatchObject({ claimId, field: 'status' });
      const onA = await call(a.core.dispatch, 'articles.get', { id: article.id });
      expect(onA.claims[0]!.notes).toBe('Asked the board.');
      await call(b.core.dispatch, 'sync.resolve', { id: conflict!.id, value: 'disputed' });
      await call(b.core.dispatch, 'sync.now', {});
      await call(a.core.dispatch, 'sync.now', {});
      const settled = await call(a.core.dispatch, 'articles.get', { id: article.id });
      expect(settled.claims[0]).toMatchObject({ status: 'disputed' });
      expect(settled.claims[0]!.conflicts).toBeUndefined();
      expect(await call(a.core.dispatch, 'sync.status', {})).toMatchObject({ conflicts: 0, state: 'synced' });
    });

    it('says offline while the hub is down, keeps every change, and sends them once it is back', async (context) => {
      const hub = await desk();
      if (!hub.stop || !hub.restart)
        return context.skip(`${COUCHDB_VARIABLE} names an outside CouchDB, which a test cannot stop`);
      const a = await machine('alpha', { syncRemote: hub.remote, syncLive: false });
      const b = await machine('bravo', { syncRemote: hub.remote, syncLive: false });
      await hub.stop();
      const article = await call(a.core.dispatch, 'articles.create', { title: 'Offline work', text: TEXT });
      const status = await call(a.core.dispatch, 'sync.now', {});
      expect(status.state).toBe('offline');
      expect(status.error).toMatch(/cannot be reached/);
      expect(status.pending).toBeGreaterThan(0);
      await hub.restart();
      expect((await call(a.core.dispatch, 'sync.now', {})).state).toBe('synced');
      await call(b.core.dispatch, 'sync.now', {});
      expect(await call(b.core.dispatch, 'articles.get', { id: article.id })).toEqual(article);
    });

    it('reports a wrong password as an error in words, with nothing lost and no password in it', async () => {
      const hub = await desk();
      const a = await machine('alpha', {
        syncRemote: { ...hub.remote, user: 'nobody', password: 'not-the-password-42' },
        syncLive: false,
      });
      await call(a.core.dispatch, 'articles.create', { title: 'Kept', text: TEXT });
      const status = await call(a.core.dispatch, 'sync.now', {});
      expect(status).toMatchObject({ state: 'error', user: 'nobody', passwordSaved: true });
      expect(status.error).toMatch(/refused the user name or password/);
      expect(JSON.stringify(status)).not.toContain('not-the-password-42');
      expect((await call(a.core.dispatch, 'articles.list', {})).map((s) => s.title)).toEqual(['Kept']);
    });

    it('treats a server answering garbage as an error and leaves the data folder as it was', async () => {
      const server = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"this is": not json');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/desk`;
      const dir = await tempDir();
      const seed = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
      await call(seed.dispatch, 'articles.create', { title: 'Kept', text: TEXT });
      await seed.close();
      const before = await snapshotDir(dir);
      const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES, syncRemote: { url }, syncLive: false });
      cleanups.push(() => core.close());
      const status = await call(core.dispatch, 'sync.now', {});
      expect(status.state).toBe('error');
      expect(status.error).toMatch(/is not a CouchDB hub/);
      await core.close();
      const after = await snapshotDir(dir);
      const dataFiles = (snapshot: Record<string, string>): Record<string, string> =>
        Object.fromEntries(
          Object.entries(snapshot).filter(([path]) => !path.startsWith('sync/') && !path.startsWith('backups/')),
        );
      expect(dataFiles(after)).toEqual(dataFiles(before));
    });
  });
}
