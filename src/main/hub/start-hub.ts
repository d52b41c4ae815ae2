import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-node';
import { makePrivateDir } from '../core/store/private-files';

export interface HubOptions {
  /** Where the hub keeps its databases, configuration and log. */
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

export interface Hub {
  /** The hub's base URL, without credentials; a desk's database is `<url>/<name>`. */
  url: string;
  close: () => Promise<void>;
}

/**
 * A desk's hub without IT: the CouchDB HTTP API of the PouchDB project (express-pouchdb, the core
 * of pouchdb-server) over LevelDB files in `dataDir`. Machines replicate with it exactly as they
 * would with Apache CouchDB.
 */
export async function startHub(options: HubOptions): Promise<Hub> {
  const dbDir = join(options.dataDir, 'databases');
  await makePrivateDir(dbDir);
  const HubPouch = PouchDB.defaults({ prefix: `${dbDir}/` });
  const app = expressPouchDB(HubPouch, {
    mode: 'fullCouchDB',
    configPath: join(options.dataDir, 'config.json'),
    logPath: join(options.dataDir, 'log.txt'),
    overrideMode: { exclude: ['routes/fauxton'] },
  });
  const server: Server = createServer(app);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
