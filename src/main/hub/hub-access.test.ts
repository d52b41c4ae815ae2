import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, putUser } from './hub-users';
import { startHub, type Hub } from './start-hub';

/** Who may do what on a running hub, asked over HTTP as any client would. */
describe('the hub’s gate', () => {
  let dir: string;
  let hub: Hub;
  const ANA = 'ana-password-long';
  const BO = 'bo-password-long';

  async function ask(method: string, path: string, who?: [string, string], body?: unknown) {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (who) headers.Authorization = `Basic ${Buffer.from(who.join(':')).toString('base64')}`;
    const response = await fetch(`${hub.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hub-gate-'));
    hub = await startHub({ dataDir: dir });
    const admin = { url: hub.url, name: hub.admin.name, password: hub.admin.password! };
    await putUser(admin, 'ana', ANA);
    await putUser(admin, 'bo', BO);
    await addMember(admin, 'desk', 'ana');
    await ask('PUT', '/empty', [hub.admin.name, hub.admin.password!]);
    await ask('PUT', '/desk/claim-1', ['ana', ANA], { status: 'unchecked' });
  });
  afterAll(async () => {
    await hub.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('made an administrator whose password only its owner can read', async () => {
    expect(hub.admin.created).toBe(true);
    expect(await readFile(hub.admin.passwordFile, 'utf8')).toBe(`${hub.admin.password}\n`);
    if (process.platform !== 'win32') expect((await stat(hub.admin.passwordFile)).mode & 0o777).toBe(0o600);
    expect(await readFile(join(dir, 'config.json'), 'utf8')).not.toContain(hub.admin.password);
  });

  it.each([
    ['GET', '/'],
    ['GET', '/_all_dbs'],
    ['GET', '/desk/claim-1'],
    ['GET', '/desk/_changes?include_docs=true'],
    ['GET', '/empty/_all_docs'],
  ])('answers an anonymous %s %s with 401', async (method, path) => {
    const answer = await ask(method, path);
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: 'unauthorized', reason: 'Sign in with your name and password.' });
  });

  it('refuses to let anyone sign themselves up', async () => {
    const signUp = { name: 'eve', password: 'eve-password-long', roles: [], type: 'user' };
    expect((await ask('PUT', '/_users/org.couchdb.user:eve', undefined, signUp)).status).toBe(401);
    expect((await ask('GET', '/', ['eve', 'eve-password-long'])).status).toBe(401);
  });

  it('refuses a wrong password', async () => {
    expect((await ask('GET', '/desk/claim-1', ['ana', 'not-her-password'])).status).toBe(401);
  });

  it('lets a member read and write her desk, and nobody else’s', async () => {
    expect((await ask('GET', '/desk/claim-1', ['ana', ANA])).body).toMatchObject({ status: 'unchecked' });
    expect((await ask('GET', '/desk/claim-1', ['bo', BO])).status).toBe(403);
    expect((await ask('GET', '/desk/_changes?include_docs=true', ['bo', BO])).status).toBe(403);
    expect((await ask('POST', '/desk/_bulk_docs', ['bo', BO], { docs: [{ _id: 'x' }] })).status).toBe(403);
    expect((await ask('GET', '/empty', ['ana', ANA])).status).toBe(403);
    expect((await ask('GET', '/missing/x', ['ana', ANA])).status).toBe(403);
  });

  it('keeps the server’s own paths for the administrator', async () => {
    for (const path of ['/_all_dbs', '/_users/_all_docs', '/_config', '/_node/node1@127.0.0.1/desk']) {
      expect((await ask('GET', path, ['ana', ANA])).status).toBe(403);
    }
    expect((await ask('GET', '/_all_dbs', [hub.admin.name, hub.admin.password!])).body).toContain('desk');
    expect((await ask('GET', '/_session', ['ana', ANA])).body).toMatchObject({ userCtx: { name: 'ana' } });
  });

  it('refuses a member who creates or deletes a database, and stays up', async () => {
    expect((await ask('PUT', '/anas-own', ['ana', ANA])).status).toBe(403);
    expect((await ask('DELETE', '/desk', ['ana', ANA])).status).toBe(403);
    expect(
      (await ask('POST', '/_replicate', ['ana', ANA], { source: 'desk', target: 'http://127.0.0.1:1/x' })).status,
    ).toBe(403);
    expect((await ask('GET', '/desk', ['ana', ANA])).status).toBe(200);
  });

  it('refuses a member who rewrites who belongs to the desk', async () => {
    const current = await ask('GET', '/desk/_local/_security', ['ana', ANA]);
    const widened = { security: { members: { names: ['ana', 'bo'] }, admins: { names: ['ana'] } } };
    const put = await ask('PUT', '/desk/_local/_security', ['ana', ANA], { ...widened, _rev: current.body._rev });
    expect(put.status).toBe(403);
    const bulk = await ask('POST', '/desk/_bulk_docs', ['ana', ANA], {
      docs: [{ _id: '_local/_security', _rev: current.body._rev, ...widened }],
    });
    expect(JSON.stringify(bulk.body)).toContain('forbidden');
    const rev = String(current.body._rev);
    for (const [method, path, body] of [
      ['PUT', `/desk/_local%2F_security?rev=${rev}`, widened],
      ['POST', '/desk', { _id: '_local/_security', _rev: rev, ...widened }],
      ['DELETE', `/desk/_local/_security?rev=${rev}`, undefined],
      ['PUT', `/desk/_local%2F_security/note.txt?rev=${rev}`, 'a note'],
    ] as const) {
      expect((await ask(method, path, ['ana', ANA], body)).status, `${method} ${path}`).toBe(403);
    }
    expect((await ask('PUT', '/desk/_security', ['ana', ANA], widened.security)).status).toBe(401);
    expect((await ask('GET', '/desk/_security', [hub.admin.name, hub.admin.password!])).body).toEqual({
      members: { roles: [], names: ['ana'] },
    });
    expect((await ask('GET', '/desk/_local/_security', ['ana', ANA])).body._rev).toBe(rev);
    expect((await ask('GET', '/desk/claim-1', ['bo', BO])).status).toBe(403);
  });

  it('writes no password to its log or configuration', async () => {
    const files = (await readdir(dir)).filter((name) => name.endsWith('.txt') || name.endsWith('.json'));
    for (const file of files.filter((name) => name !== 'admin-password.txt')) {
      const text = await readFile(join(dir, file), 'utf8');
      for (const secret of [ANA, BO, hub.admin.password!]) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(Buffer.from(`ana:${secret}`).toString('base64'));
      }
    }
  });
});
