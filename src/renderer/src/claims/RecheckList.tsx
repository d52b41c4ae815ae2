import type { Article, Claim } from '../../../shared/model';

interface Props {
  article: Article;
  onSelect: (id: string) => void;
}

/** "Since version N": the claims a new version put in doubt, one click from each. */
export function RecheckList({ article, onSelect }: Props) {
  const current = article.versions[article.versions.length - 1]!;
  const edited = article.claims.filter((c) => c.anchorState === 'edited' && c.anchor.version === current.n);
  const orphaned = article.claims.filter((c) => c.anchorState === 'orphaned');
  if (current.n === 1 || edited.length + orphaned.length === 0) return null;
  const row = (c: Claim, what: string) => (
    <li key={c.id}>
      <button type="button" className="link-button recheck-item" onClick={() => onSelect(c.id)}>
        <span className={`anchor-badge anchor-${c.anchorState}`}>{what}</span> {c.anchor.exact}
      </button>
    </li>
  );
  return (
    <section className="recheck" aria-label="Re-check list">
      <h3>Since version {current.n - 1}</h3>
      <p>
        {edited.length} claim{edited.length === 1 ? '' : 's'} edited, {orphaned.length} not found in the new text
      </p>
      <ul>
        {edited.map((c) => row(c, 'edited'))}
        {orphaned.map((c) => row(c, 'not found'))}
      </ul>
    </section>
  );
}
