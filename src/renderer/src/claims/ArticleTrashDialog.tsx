import { KIND_LABELS, STATUS_LABELS } from '../../../shared/labels';
import type { Article } from '../../../shared/model';
import { Dialog } from '../ui/Dialog';
import './trash.css';
import { CloseFooter } from '../ui/CloseFooter';

interface Props {
  article: Article;
  /** Brings the claim back; the dialog closes and the claim opens when it is back. */
  onRestore: (claimId: string) => void;
  restoring: string | null;
  onClose: () => void;
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The article's deleted claims, newest first, each with who deleted it, when and why, and Restore. */
export function ArticleTrashDialog({ article, onRestore, restoring, onClose }: Props) {
  const trashed = [...(article.trashedClaims ?? [])].reverse();
  return (
    <Dialog title="Article trash" onClose={onClose}>
      <p className="dialog-lead">
        Deleted claims of “{article.title}”, kept whole with their evidence and history. A restored claim comes back to
        the draft, and its history records the deletion and the restore.
      </p>
      {trashed.length === 0 ? (
        <p className="empty-hint">No deleted claims.</p>
      ) : (
        <ul className="trash-list" aria-label="Deleted claims">
          {trashed.map((claim) => (
            <li key={claim.id} className="trash-item">
              <blockquote className={`trash-quote status-${claim.status}`}>{claim.anchor.exact}</blockquote>
              <p className="trash-meta">
                {KIND_LABELS[claim.kind]} · {STATUS_LABELS[claim.status]} · deleted by {claim.deleted.by} on{' '}
                <time dateTime={claim.deleted.at}>{WHEN.format(new Date(claim.deleted.at))}</time>
              </p>
              <p className="trash-reason">
                {claim.deleted.reason ? `Why: “${claim.deleted.reason}”` : 'No reason given.'}
              </p>
              <button
                type="button"
                className="button small"
                disabled={restoring !== null}
                aria-label={`Restore “${claim.anchor.exact}”`}
                onClick={() => onRestore(claim.id)}
              >
                {restoring === claim.id ? 'Restoring…' : 'Restore'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <CloseFooter onClose={onClose} />
    </Dialog>
  );
}
