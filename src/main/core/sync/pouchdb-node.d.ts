/**
 * The part of PouchDB's API the workbench uses. The published @types/pouchdb-* packages pull the
 * DOM library into the Node program (`/// <reference lib="dom" />`), which breaks Node's Buffer types.
 */
declare module 'pouchdb-node' {
  namespace PouchDB {
    interface Meta {
      _id: string;
      _rev: string;
      _conflicts?: string[];
      _deleted?: boolean;
      _attachments?: Record<string, AttachmentStub | AttachmentData>;
    }
    interface AttachmentStub {
      content_type: string;
      digest?: string;
      length?: number;
      stub: true;
    }
    interface AttachmentData {
      content_type: string;
      data: Buffer | string;
    }
    type Doc<T extends object> = T & Meta;
    type NewDoc<T extends object> = T & { _id: string; _rev?: string; _deleted?: boolean };
    interface Response {
      ok: boolean;
      id: string;
      rev: string;
    }
    interface BulkError {
      error: true | string;
      id?: string;
      name?: string;
      status?: number;
      message?: string;
    }
    interface GetOptions {
      rev?: string;
      conflicts?: boolean;
      revs?: boolean;
      attachments?: boolean;
      binary?: boolean;
    }
    interface AllDocsOptions {
      keys?: string[];
      startkey?: string;
      endkey?: string;
      include_docs?: boolean;
      conflicts?: boolean;
      attachments?: boolean;
      binary?: boolean;
    }
    interface AllDocsRow<T extends object> {
      id: string;
      key: string;
      value: { rev: string; deleted?: boolean };
      doc?: Doc<T>;
      error?: string;
    }
    interface ChangesOptions {
      since?: number | string | 'now';
      live?: boolean;
      include_docs?: boolean;
      conflicts?: boolean;
      limit?: number;
      /** `all_docs`: every leaf revision of each changed document, not only the winner. */
      style?: 'main_only' | 'all_docs';
    }
    interface Change<T extends object> {
      id: string;
      seq: number | string;
      deleted?: boolean;
      changes: { rev: string }[];
      doc?: Doc<T>;
    }
    interface ChangesResult<T extends object> {
      results: Change<T>[];
      last_seq: number | string;
    }
    interface ChangesFeed<T extends object> extends PromiseLike<ChangesResult<T>> {
      on(event: 'change', listener: (change: Change<T>) => void): this;
      on(event: 'error', listener: (error: Error) => void): this;
      on(event: 'complete', listener: (info: ChangesResult<T>) => void): this;
      cancel(): void;
    }
    interface ReplicationOptions {
      live?: boolean;
      retry?: boolean;
      batch_size?: number;
      back_off_function?: (delay: number) => number;
      checkpoint?: 'source' | 'target' | false;
    }
    interface ReplicationResult {
      ok: boolean;
      docs_read: number;
      docs_written: number;
      doc_write_failures: number;
      errors: unknown[];
      last_seq?: number | string;
    }
    interface SyncResult {
      push: ReplicationResult;
      pull: ReplicationResult;
    }
    interface SyncInfo {
      direction: 'push' | 'pull';
      change: ReplicationResult & { docs: Meta[]; pending?: number };
    }
    interface Sync extends PromiseLike<SyncResult> {
      on(event: 'change', listener: (info: SyncInfo) => void): this;
      on(event: 'paused', listener: (error?: Error) => void): this;
      on(event: 'active', listener: () => void): this;
      on(event: 'denied' | 'error', listener: (error: Error) => void): this;
      on(event: 'complete', listener: (info: SyncResult) => void): this;
      cancel(): void;
    }
    interface Replication extends PromiseLike<ReplicationResult> {
      on(event: 'change', listener: (info: ReplicationResult & { docs: Meta[] }) => void): this;
      on(event: 'paused', listener: (error?: Error) => void): this;
      on(event: 'denied' | 'error', listener: (error: Error) => void): this;
      cancel(): void;
    }
    interface DatabaseOptions {
      prefix?: string;
      auth?: { username: string; password: string };
      skip_setup?: boolean;
      fetch?: (url: string, options: Record<string, unknown>) => Promise<unknown>;
      revs_limit?: number;
      auto_compaction?: boolean;
    }
    interface Database<Content extends object = Record<string, unknown>> {
      name: string;
      get<T extends Content = Content>(id: string, options?: GetOptions): Promise<Doc<T>>;
      put<T extends Content = Content>(doc: NewDoc<T>): Promise<Response>;
      remove(id: string, rev: string): Promise<Response>;
      bulkDocs<T extends Content = Content>(
        docs: NewDoc<T>[],
        options?: { new_edits?: boolean },
      ): Promise<(Response | BulkError)[]>;
      allDocs<T extends Content = Content>(
        options?: AllDocsOptions,
      ): Promise<{ total_rows: number; rows: AllDocsRow<T>[] }>;
      changes<T extends Content = Content>(options?: ChangesOptions): ChangesFeed<T>;
      getAttachment(id: string, name: string, options?: { rev?: string }): Promise<Buffer>;
      info(): Promise<{ doc_count: number; update_seq: number | string; db_name: string }>;
      sync(remote: string | Database, options?: ReplicationOptions): Sync;
      replicate: {
        to(target: string | Database, options?: ReplicationOptions): Replication;
        from(source: string | Database, options?: ReplicationOptions): Replication;
      };
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
    interface Static {
      new <Content extends object = Record<string, unknown>>(
        name: string,
        options?: DatabaseOptions,
      ): Database<Content>;
      defaults(options: DatabaseOptions): Static;
    }
  }
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
