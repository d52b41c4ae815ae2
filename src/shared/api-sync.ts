import type { SyncConflict, SyncStatus } from './sync';

type Empty = Record<string, never>;

/** The desk's sync between this machine and the desk's hub. */
export interface SyncApi {
  /** The desk's sync: state, waiting changes, conflicts. Never returns credentials. */
  'sync.status': { input: Empty; output: SyncStatus };
  /** Fields changed on two machines between syncs, each value with who wrote it, where and when. */
  'sync.conflicts': { input: { articleId?: string }; output: SyncConflict[] };
  /** Settles a conflict with the value chosen or edited; recorded as a history event. */
  'sync.resolve': { input: { id: string; value: string }; output: { id: string } };
  /**
   * Connects this machine to a desk's hub (an empty `url` turns sync off). The password is kept by
   * the platform's secret store and never returned; `fingerprint` pins an HTTPS hub's certificate.
   */
  'sync.configure': {
    input: { url: string; user?: string; password?: string; fingerprint?: string };
    output: SyncStatus;
  };
  /** One push-and-pull round now ("Sync now"). */
  'sync.now': { input: Empty; output: SyncStatus };
}
