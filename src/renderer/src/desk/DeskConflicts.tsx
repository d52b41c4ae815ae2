import { useRef } from 'react';
import { useNavigate } from '../navigation/NavigationProvider';
import { ConflictList } from './ConflictList';
import { DESK_CONFLICTS_ID, useFocusRequest } from './focus-request';
import { useConflicts } from './sync-queries';

/** The library overview's list of the whole desk's conflicts; nothing while there are none. */
export function DeskConflicts() {
  const conflicts = useConflicts();
  const navigate = useNavigate();
  const section = useRef<HTMLElement>(null);
  useFocusRequest(DESK_CONFLICTS_ID, section);
  return (
    <section
      ref={section}
      id={DESK_CONFLICTS_ID}
      className="desk-conflicts"
      aria-label="Conflicts"
      tabIndex={-1}
      hidden={conflicts.length === 0}
    >
      <h2>Conflicts ({conflicts.length})</h2>
      <p className="muted">
        The same field was changed on two machines before they synced. Open each claim and choose the value to keep;
        until then it counts as open work.
      </p>
      <ConflictList
        conflicts={conflicts}
        showArticle
        onOpen={(c) =>
          navigate({ type: 'open-article', articleId: c.articleId, ...(c.claimId ? { claimId: c.claimId } : {}) })
        }
      />
    </section>
  );
}
