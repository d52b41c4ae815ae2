import type { SyncConflict } from '../../../shared/sync';
import { ConflictBadge } from './ConflictBadge';
import { fieldLabel, valueLabel } from './conflict-text';

interface Props {
  conflicts: readonly SyncConflict[];
  /** The desk's list names each conflict's article; an article's own list does not need to. */
  showArticle: boolean;
  /** The claim's words, where the list knows them. */
  quoteOf?: (claimId: string) => string | undefined;
  onOpen: (conflict: SyncConflict) => void;
}

/** Conflicts as a list of links: each names the field and the values that disagree, and opens the claim. */
export function ConflictList({ conflicts, showArticle, quoteOf, onOpen }: Props) {
  return (
    <ul className="conflict-list">
      {conflicts.map((c) => {
        const quote = c.claimId ? quoteOf?.(c.claimId) : undefined;
        const values = c.values.map((v) => `${valueLabel(c.field, v.value)} (${v.by})`).join(' or ');
        return (
          <li key={c.id}>
            <button type="button" className="conflict-item" onClick={() => onOpen(c)}>
              <ConflictBadge />
              <span className="conflict-item-text">
                {showArticle ? <strong>{c.articleTitle ?? 'An article'}</strong> : null}
                {quote ? <span className="conflict-quote">“{quote}”</span> : null}
                <span className="conflict-values">
                  {fieldLabel(c.field)}: {values}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
