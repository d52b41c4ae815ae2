declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  import type { EventEmitter } from 'node:events';
  import type PouchDB from 'pouchdb-node';

  export interface ExpressPouchDbOptions {
    mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom';
    configPath?: string;
    logPath?: string;
    inMemoryConfig?: boolean;
    overrideMode?: { include?: string[]; exclude?: string[] };
  }

  /** CouchDB's user context, as express-pouchdb hands it to the databases (`opts.userCtx`). */
  export interface UserContext {
    name: string | null;
    roles: string[];
  }

  /** The `_users` database once pouchdb-auth has made it the authentication database. */
  export interface AuthenticationDatabase {
    multiUserLogIn(name: string, password: string): Promise<{ ok: true; name: string; roles: string[] }>;
  }

  export interface CouchConfig extends EventEmitter {
    get(section: string, key: string): unknown;
    getSection(section: string): Record<string, string>;
    set(section: string, key: string, value: string, callback: (error?: Error | null) => void): void;
  }

  /**
   * Every database express-pouchdb opens passes through the wrappers registered here: the place it
   * offers for authorization and other additions to a database's methods.
   */
  export interface DatabaseWrapper {
    registerWrapper(wrapper: (name: string, db: PouchDB.Database, next: () => unknown) => unknown): void;
    wrap<T>(name: string, db: PouchDB.Database): Promise<PouchDB.Database & T>;
  }

  /** The CouchDB HTTP API of the PouchDB project, as an Express application. */
  export type ExpressPouchDbApp = RequestListener & {
    couchConfig: CouchConfig;
    dbWrapper: DatabaseWrapper;
    /** Resolves once the PouchDB plugins (authentication, security) are installed. */
    setPouchDB(pouch: PouchDB.Static): Promise<void>;
  };

  /** Without a PouchDB, the app starts once `setPouchDB` is called (and awaited). */
  function expressPouchDB(options: ExpressPouchDbOptions): ExpressPouchDbApp;
  export default expressPouchDB;
}
