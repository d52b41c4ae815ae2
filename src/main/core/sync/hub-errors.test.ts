import { X509Certificate } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-node';
import * as selfsigned from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeHubError, type HubProblem } from './hub-errors';
import { checkDeskDatabase, hubFingerprint, openRemote, type RemoteOptions } from './remote';

/** Real servers that answer as a broken, hostile or absent hub would; a real replication against each. */
const USER = 'ana';
const PASSWORD = 'tr0ub4dor-and-3';
const SECRETS = [PASSWORD, Buffer.from(`${USER}:${PASSWORD}`).toString('base64')];

let dir: string;
let local: PouchDB.Database;
const servers: Server[] = [];
let tlsRequests = 0;
let tlsUrl: string;
let tlsFingerprint: string;

async function serve(listener: RequestListener, tls?: { key: string; cert: string }): Promise<string> {
  const server = tls ? createTlsServer(tls, listener) : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function answering(status: number, body: string, type = 'application/json'): RequestListener {
  return (req, res) => {
    req.resume();
    res.writeHead(status, { 'Content-Type': type });
    res.end(body);
  };
}

/** Echoes the request's Authorization header back, as a hostile server could. */
const echoing: RequestListener = (req, res) => {
  req.resume();
  res.writeHead(401, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ error: 'unauthorized', reason: `bad ${req.headers.authorization}` }));
};

async function failureOf(options: Omit<RemoteOptions, 'user' | 'password'>): Promise<HubProblem> {
  const remote = openRemote({ ...options, user: USER, password: PASSWORD });
  try {
    await local.replicate.to(remote);
  } catch (error) {
    const problem = describeHubError(error, options.url);
    for (const secret of [...SECRETS, USER]) expect(problem.message).not.toContain(secret);
    return problem;
  }
  throw new Error('the replication did not fail');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hub-errors-'));
  local = new PouchDB(join(dir, 'local'));
  await local.put({ _id: 'claim-1', status: 'verified' });
  const made = await selfsigned.generate([{ name: 'commonName', value: 'test hub' }], {
    keyType: 'ec',
    algorithm: 'sha256',
  });
  tlsFingerprint = new X509Certificate(made.cert).fingerprint256;
  tlsUrl = await serve(
    (req, res) => {
      tlsRequests++;
      answering(401, '{"error":"unauthorized"}')(req, res);
    },
    { key: made.private, cert: made.cert },
  );
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await local.close();
  await rm(dir, { recursive: true, force: true });
});

describe('describeHubError, on real failures', () => {
  it('counts a hub nobody answers for as offline', async () => {
    const closed = await serve(answering(200, '{}'));
    const server = servers.pop()!;
    await new Promise((resolve) => server.close(resolve));
    expect(await failureOf({ url: `${closed}/desk` })).toEqual({
      state: 'offline',
      message: `The hub at ${closed}/desk cannot be reached; changes are kept here until it can.`,
    });
  });

  it('says a wrong password in its own words, never the server’s', async () => {
    const url = `${await serve(echoing)}/desk`;
    expect(await failureOf({ url })).toEqual({ state: 'error', message: 'The hub refused the user name or password.' });
  });

  it('tells a person who is not a member to ask for it', async () => {
    const url = `${await serve(answering(403, '{"error":"forbidden"}'))}/desk`;
    const problem = await failureOf({ url });
    expect(problem.state).toBe('error');
    expect(problem.message).toMatch(/^The hub refused the user name or password for this desk/);
  });

  it('names a server that is not a CouchDB hub', async () => {
    const url = `${await serve(answering(200, '<html><body>Router login</body></html>', 'text/html'))}/desk`;
    expect(await failureOf({ url })).toEqual({
      state: 'error',
      message: `${url} is not a CouchDB hub: it did not answer as one.`,
    });
  });

  it('names a server that answers JSON, but not as CouchDB', async () => {
    const url = `${await serve(answering(200, '{"ok":true}'))}/desk`;
    const remote = openRemote({ url, user: USER, password: PASSWORD });
    const failure = await checkDeskDatabase(remote).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(describeHubError(failure, url)).toEqual({
      state: 'error',
      message: `${url} is not a CouchDB hub: it did not answer as one.`,
    });
  });

  it('says when the desk database does not exist', async () => {
    const url = `${await serve(answering(404, '{"error":"not_found","reason":"no_db_file"}'))}/desk`;
    expect((await failureOf({ url })).message).toBe(`The hub has no desk database at ${url}: check the address.`);
  });

  it('counts a proxy whose hub is down as offline', async () => {
    const url = `${await serve(answering(503, '<html>Service Unavailable</html>', 'text/html'))}/desk`;
    expect((await failureOf({ url })).state).toBe('offline');
  });

  it('refuses a self-signed hub that is not pinned', async () => {
    const before = tlsRequests;
    const problem = await failureOf({ url: `${tlsUrl}/desk` });
    expect(problem.state).toBe('error');
    expect(problem.message).toContain('pin the fingerprint');
    expect(tlsRequests).toBe(before);
  });

  it('refuses a hub whose certificate is not the pinned one, before sending anything', async () => {
    const before = tlsRequests;
    const pinned = 'AB:'.repeat(31) + 'CD';
    const problem = await failureOf({ url: `${tlsUrl}/desk`, fingerprint: pinned });
    expect(problem).toEqual({
      state: 'error',
      message: expect.stringMatching(/^The hub's certificate has changed: it presented [0-9A-F:]{95}, not the/),
    });
    expect(problem.message).toContain(tlsFingerprint);
    expect(tlsRequests).toBe(before);
  });

  it('reaches a hub whose certificate is the pinned one', async () => {
    const before = tlsRequests;
    const problem = await failureOf({ url: `${tlsUrl}/desk`, fingerprint: tlsFingerprint.toLowerCase() });
    expect(problem.message).toBe('The hub refused the user name or password.');
    expect(tlsRequests).toBeGreaterThan(before);
  });

  it('reads the certificate a hub presents, for the editor to compare before pinning', async () => {
    expect(await hubFingerprint(`${tlsUrl}/desk`)).toBe(tlsFingerprint);
  });
});
