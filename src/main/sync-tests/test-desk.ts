import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RemoteOptions } from '../core/sync/remote';
import { addMember, putUser } from '../hub/hub-users';
import { startHub, type Hub } from '../hub/start-hub';

/** A desk database for a test: on a hub started here, or on the CouchDB named by FACTCHECK_TEST_COUCHDB. */
export interface TestDesk {
  remote: RemoteOptions;
  /** What runs the tests against: `hub` (started here) or `couchdb`. */
  kind: 'hub' | 'couchdb';
  /** Stops the hub, keeping its data (not possible with an outside CouchDB). */
  stop?: () => Promise<void>;
  /** Starts it again on the same port. */
  restart?: () => Promise<void>;
  close: () => Promise<void>;
}

export const COUCHDB_VARIABLE = 'FACTCHECK_TEST_COUCHDB';

function authHeader(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

async function createDatabase(url: string, auth?: { user: string; password: string }): Promise<void> {
  const response = await fetch(url, {
    method: 'PUT',
    headers: auth ? { authorization: authHeader(auth.user, auth.password) } : {},
  });
  if (response.status !== 201 && response.status !== 412)
    throw new Error(`The test desk database could not be made (HTTP ${response.status}).`);
}

/**
 * A fresh desk database: on a hub started on a free loopback port with its data in a temporary
 * folder, or on the Apache CouchDB that FACTCHECK_TEST_COUCHDB=https://user:pass@host:6984 names
 * (a database per test, removed afterwards).
 */
export async function testDesk(on: 'hub' | 'couchdb'): Promise<TestDesk> {
  const name = `desk-${randomBytes(4).toString('hex')}`;
  const outside = process.env[COUCHDB_VARIABLE];
  if (on === 'couchdb') {
    if (!outside) throw new Error(`${COUCHDB_VARIABLE} is not set.`);
    const server = new URL(outside);
    const auth = { user: decodeURIComponent(server.username), password: decodeURIComponent(server.password) };
    server.username = '';
    server.password = '';
    const url = `${server.toString().replace(/\/$/, '')}/${name}`;
    await createDatabase(url, auth);
    return {
      kind: 'couchdb',
      remote: { url, user: auth.user, password: auth.password },
      close: async () => {
        await fetch(url, { method: 'DELETE', headers: { authorization: authHeader(auth.user, auth.password) } });
      },
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'factcheck-hub-'));
  let hub: Hub | undefined = await startHub({ dataDir });
  const port = Number(new URL(hub.url).port);
  const member = { user: 'checker', password: randomBytes(12).toString('base64url') };
  const admin = { url: hub.url, name: hub.admin.name, password: hub.admin.password! };
  await putUser(admin, member.user, member.password);
  await addMember(admin, name, member.user);
  return {
    kind: 'hub',
    remote: { url: `${hub.url}/${name}`, ...member },
    stop: async () => {
      await hub?.close();
      hub = undefined;
    },
    restart: async () => {
      hub ??= await startHub({ dataDir, port });
    },
    close: async () => {
      await hub?.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits for `check` to hold (polling), or fails with `what` after `ms`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
