/** The desk's sync as the renderer and the CLI see it (docs/sync.md has the design). */

export const SYNC_STATES = ['off', 'synced', 'pending', 'offline', 'error'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export interface SyncStatus {
  state: SyncState;
  /** Local changes not yet on the hub. */
  pending: number;
  /** When the last replication round finished without error (ISO), if ever. */
  lastSyncAt?: string;
  /** Unresolved conflicts in the library. */
  conflicts: number;
  /** Why the state is `error` or `offline`, as a sentence (never with credentials). */
  error?: string;
  /** The hub's address without credentials, when sync is configured. */
  url?: string;
  user?: string;
  /** The hub certificate's SHA-256 fingerprint this machine pinned, when it is HTTPS. */
  fingerprint?: string;
  /** A password is stored for this hub (the password itself is never returned). */
  passwordSaved?: boolean;
  /** This machine's name, recorded with each history event. */
  machine: string;
}

/** One value a machine wrote for a field that was changed on two machines between syncs. */
export interface ConflictValue {
  value: string;
  by: string;
  at: string;
  machine?: string;
}

/**
 * A field changed on two machines between syncs, kept on the claim (or article) it belongs to until
 * an editor resolves it. The value in place is the one every machine chose; `values` has them all.
 */
export interface FieldConflict {
  id: string;
  /** The field that differs, e.g. `status`, `verdict`, `notes`, `assignee`. */
  field: string;
  values: ConflictValue[];
}

export interface SyncConflict extends FieldConflict {
  articleId: string;
  articleTitle?: string;
  claimId?: string;
}
