import { useQuery } from '@tanstack/react-query';
import type { SyncConflict } from '../../../shared/sync';
import { queryOptionsFor } from '../api/queries';
import { pollsStatus } from './sync-indicator';

/** While changes wait or the hub is away, the state is asked again this often; never while sync is off. */
export const STATUS_POLL_MS = 5000;

const NONE: SyncConflict[] = [];

/** The desk's sync state: refreshed by change events, and polled only while it may change on its own. */
export function useSyncStatus() {
  return useQuery({
    ...queryOptionsFor('sync.status', {}),
    refetchInterval: (query) => (pollsStatus(query.state.data) ? STATUS_POLL_MS : false),
  });
}

/** Unresolved conflicts of one article, or of the whole desk when no article is named. */
export function useConflicts(articleId?: string | null): SyncConflict[] {
  const input = articleId ? { articleId } : {};
  return useQuery({ ...queryOptionsFor('sync.conflicts', input), enabled: articleId !== null }).data ?? NONE;
}

const NO_CLAIMS: ReadonlySet<string> = new Set();

/**
 * The claims of a conflict list that have one, for badges and filters. No conflicts is always the
 * same empty set, so that the list's first answer does not draw the draft again under a selection.
 */
export function conflictedClaimIds(conflicts: readonly SyncConflict[]): ReadonlySet<string> {
  if (conflicts.length === 0) return NO_CLAIMS;
  return new Set(conflicts.flatMap((c) => (c.claimId ? [c.claimId] : [])));
}
