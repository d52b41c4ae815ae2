import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import expressPouchDB, { type AuthenticationDatabase, type ExpressPouchDbApp } from 'express-pouchdb';
import PouchDB from 'pouchdb-node';
import { AppError } from '../core/app-error';
import { lockDataDir } from '../core/store/data-dir-lock';
import { writeFileDurable } from '../core/store/durable-write';
import { makePrivateDir } from '../core/store/private-files';
import { ensureAdmin, type HubAdmin } from './hub-admin';
import { hubCertificate } from './hub-certificate';
import { hubGate, type GateBackend, type SecurityObject } from './hub-gate';
import { guardSecurityDocument } from './security-guard';

export interface HubOptions {
  /** Where the hub keeps its databases, configuration, certificate and log. */
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** 127.0.0.1 by default; any other address shares the hub on the network, over HTTPS. */
  host?: string;
  /** HTTPS even on this machine's own address (tests); always on for any other address. */
  tls?: boolean;
}

export interface Hub {
  /** The hub's base URL, without credentials; a desk's database is `<url>/<name>`. */
  url: string;
  /** SHA-256 of the hub's certificate (`AA:BB:…`) when it serves HTTPS. */
  fingerprint?: string;
  admin: HubAdmin;
  close: () => Promise<void>;
}

/** Where a running hub says where it listens, for `factcheck hub user` on the same folder. */
export const RUNNING_HUB_FILE = 'hub.json';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Parts of express-pouchdb the desk does not use and that widen what the hub exposes: the web
 * admin UI, server-side replication (which fetches any URL and, to an unreachable one, crashed the
 * process in a test), virtual hosts and rewrites (other paths to a database than its name), the
 * request log (at debug level it writes every header, passwords included) and a test-only handler.
 */
const LEFT_OUT = [
  'routes/fauxton',
  'routes/replicate',
  'replicator',
  'routes/active-tasks',
  'routes/vhosts',
  'routes/rewrite',
  'routes/cluster-rewrite',
  'routes/http-log',
  'routes/special-test-auth',
];

/** The database in which pouchdb-all-dbs keeps the names of the others. */
const ALL_DBS_LIST = 'pouch__all_dbs__';

type HubPouch = PouchDB.Static & { allDbs: () => Promise<string[]> };

function gateBackend(app: ExpressPouchDbApp, Pouch: HubPouch, opened: Set<PouchDB.Database>): GateBackend {
  let users: Promise<PouchDB.Database & AuthenticationDatabase> | undefined;
  // A new administrator (through /_config) takes effect the way express-pouchdb's own check sees it.
  app.couchConfig.on('admins', () => (users = undefined));
  const databases = new Map<string, PouchDB.Database>();
  return {
    logIn: async (name, password) => {
      users ??= app.dbWrapper.wrap<AuthenticationDatabase>('_users', new Pouch('_users'));
      try {
        const session = await (await users).multiUserLogIn(name, password);
        return { name: session.name, roles: session.roles };
      } catch {
        return undefined;
      }
    },
    securityOf: async (name) => {
      if (!(await Pouch.allDbs()).includes(name)) {
        databases.delete(name);
        return undefined;
      }
      let db = databases.get(name);
      if (!db) {
        db = new Pouch(name);
        databases.set(name, db);
        opened.add(db);
      }
      const stored = await db
        .get<{ security?: SecurityObject }>('_local/_security')
        .catch((error: { status?: number }) => {
          if (error.status === 404) return undefined;
          throw error;
        });
      return stored?.security ?? {};
    },
  };
}

/** The address others reach: for a wildcard, this machine's first network address. */
function reachableHost(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host;
  const external = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && !address.internal && address.family === 'IPv4');
  return external?.address ?? '127.0.0.1';
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function lockHubFolder(dataDir: string): ReturnType<typeof lockDataDir> {
  try {
    return await lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof AppError && error.code === 'LOCKED') {
      throw new AppError('LOCKED', `A hub is already running on ${dataDir}. Stop it first, or choose another --data.`);
    }
    throw error;
  }
}

/**
 * A desk's hub without IT: the CouchDB HTTP API of the PouchDB project (express-pouchdb, the core
 * of pouchdb-server) over LevelDB files in `dataDir`, behind a gate that requires every request to
 * sign in. Machines replicate with it exactly as they would with Apache CouchDB.
 */
export async function startHub(options: HubOptions): Promise<Hub> {
  const { dataDir } = options;
  const host = options.host ?? '127.0.0.1';
  const lock = await lockHubFolder(dataDir);
  const opened = new Set<PouchDB.Database>();
  try {
    const dbDir = join(dataDir, 'databases');
    await makePrivateDir(dbDir);
    const Pouch = PouchDB.defaults({ prefix: `${dbDir}/` }) as HubPouch;
    const app = expressPouchDB({
      mode: 'fullCouchDB',
      configPath: join(dataDir, 'config.json'),
      logPath: join(dataDir, 'log.txt'),
      overrideMode: { exclude: LEFT_OUT },
    });
    app.dbWrapper.registerWrapper((_name, db, next) => {
      guardSecurityDocument(db);
      opened.add(db);
      return next();
    });
    await app.setPouchDB(Pouch);
    const admin = await ensureAdmin(app.couchConfig, dataDir);
    const listener: RequestListener = hubGate(gateBackend(app, Pouch, opened), app);
    const certificate = options.tls || !LOOPBACK.has(host) ? await hubCertificate(dataDir, host) : undefined;
    const server: Server = certificate
      ? createTlsServer({ key: certificate.key, cert: certificate.cert }, listener)
      : createServer(listener);
    server.headersTimeout = 20_000;
    await listen(server, options.port ?? 0, host);
    const { port } = server.address() as AddressInfo;
    const shown = reachableHost(host);
    const url = `${certificate ? 'https' : 'http'}://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
    const runningFile = join(dataDir, RUNNING_HUB_FILE);
    await writeFileDurable(runningFile, JSON.stringify({ url, fingerprint: certificate?.fingerprint }));
    return {
      url,
      ...(certificate ? { fingerprint: certificate.fingerprint } : {}),
      admin,
      close: async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        // Instances of one database share its LevelDB: the first close closes it, the rest say so.
        await Promise.all([...opened].map((db) => db.close().catch(() => undefined)));
        // pouchdb-all-dbs's own list of databases, which no wrapper sees; an instance shares its store.
        await new Pouch(ALL_DBS_LIST).close().catch(() => undefined);
        await rm(runningFile, { force: true });
        await lock.release();
      },
    };
  } catch (error) {
    await Promise.all([...opened].map((db) => db.close().catch(() => undefined)));
    await lock.release();
    throw error;
  }
}
