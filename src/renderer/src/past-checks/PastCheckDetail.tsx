import type { PastCheck } from '../../../shared/past-checks';
import { isWebUrl } from '../../../shared/urls';
import { useDeletePastChecks } from './past-check-mutations';
import { RatingBadge } from './RatingBadge';

function WebLink({ url, children }: { url: string | undefined; children: string }) {
  if (!url || !isWebUrl(url)) return null;
  return (
    <a href={url} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}

interface Props {
  item: PastCheck;
  onOpenClaim: (articleId: string, claimId: string) => void;
  onDeleted: () => void;
}

/** One past fact-check: the claim, the rating as published and as mapped, who checked it, the links. */
export function PastCheckDetail({ item, onOpenClaim, onDeleted }: Props) {
  const del = useDeletePastChecks();
  const fields: [string, string | undefined][] = [
    ['Publisher', item.publisher],
    ['Reviewed', item.reviewDate],
    ['Claim made by', item.claimant],
    ['Claim made on', item.claimDate],
    ['Appeared in', item.appearance?.title],
    ['Article', item.articleTitle],
    ['Imported from', item.fileName],
  ];
  return (
    <article className="past-check-detail" aria-label="Past fact-check">
      <h2>{item.claim}</h2>
      <p>
        <RatingBadge item={item} />
      </p>
      <dl className="past-check-fields">
        {fields.flatMap(([name, value]) =>
          value ? [<dt key={`${name}-t`}>{name}</dt>, <dd key={`${name}-d`}>{value}</dd>] : [],
        )}
      </dl>
      {item.notes ? <p className="past-check-notes">{item.notes}</p> : null}
      <p className="past-check-links">
        <WebLink url={item.url}>Read the fact-check</WebLink>
        <WebLink url={item.appearance?.url}>Where the claim appeared</WebLink>
      </p>
      {item.origin === 'desk' && item.articleId && item.claimId ? (
        <button type="button" className="button small" onClick={() => onOpenClaim(item.articleId!, item.claimId!)}>
          Open the claim
        </button>
      ) : (
        <button
          type="button"
          className="link-button danger"
          disabled={del.isPending}
          onClick={() => {
            if (window.confirm('Delete this fact-check from the archive? Importing its file again brings it back.')) {
              del.mutate([item.id], { onSuccess: onDeleted });
            }
          }}
        >
          Delete from the archive
        </button>
      )}
    </article>
  );
}
