declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  import type PouchDB from 'pouchdb-node';

  interface ExpressPouchDbOptions {
    mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom';
    configPath?: string;
    logPath?: string;
    inMemoryConfig?: boolean;
    overrideMode?: { include?: string[]; exclude?: string[] };
  }

  /** The CouchDB HTTP API of the PouchDB project, as an Express application. */
  type ExpressPouchDbApp = RequestListener & {
    couchConfig: {
      set: (section: string, key: string, value: string, callback: (error?: Error) => void) => void;
    };
  };

  function expressPouchDB(pouch: typeof PouchDB, options?: ExpressPouchDbOptions): ExpressPouchDbApp;
  export default expressPouchDB;
}
