import { ApiCallError } from '../api/client';
import { ConflictPanel } from './ConflictPanel';
import { useResolveConflict } from './sync-mutations';
import { useConflicts } from './sync-queries';

/** The open claim's conflicts in the inspector, resolved through the core; nothing while there are none. */
export function ClaimConflicts({ articleId, claimId }: { articleId: string; claimId: string }) {
  const conflicts = useConflicts(articleId).filter((c) => c.claimId === claimId);
  const resolve = useResolveConflict();
  if (conflicts.length === 0) return null;
  return (
    <ConflictPanel
      conflicts={conflicts}
      onResolve={(conflict, value) =>
        resolve.mutateAsync({ conflict, value }).then(
          () => null,
          (error: unknown) =>
            error instanceof ApiCallError ? error.message : 'The conflict could not be resolved. Try again.',
        )
      }
    />
  );
}
