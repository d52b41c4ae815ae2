import type { Article, Claim, Suggestion } from '../../../shared/model';
import { claimsToRecheck } from '../../../shared/recheck';

interface Props {
  article: Article;
  /** Check-worthy sentences new in this version and not yet tagged. */
  newSuggestions: readonly Suggestion[];
  onSelect: (id: string) => void;
  onShowSuggestion: (suggestion: Suggestion) => void;
}

/** "Since version N": the claims a new version put in doubt, one click from each, until looked at again. */
export function RecheckList({ article, newSuggestions, onSelect, onShowSuggestion }: Props) {
  const current = article.versions[article.versions.length - 1]!;
  const { edited, orphaned } = claimsToRecheck(article);
  if (current.n === 1 || edited.length + orphaned.length + newSuggestions.length === 0) return null;
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
        {edited.length} claim{edited.length === 1 ? '' : 's'} edited, {orphaned.length} not found in the new text,{' '}
        {newSuggestions.length} new check-worthy sentence{newSuggestions.length === 1 ? '' : 's'} not yet tagged
      </p>
      <ul>
        {edited.map((c) => row(c, 'edited'))}
        {orphaned.map((c) => row(c, 'not found'))}
        {newSuggestions.map((s) => (
          <li key={`${s.start}-${s.end}`}>
            <button type="button" className="link-button recheck-item" onClick={() => onShowSuggestion(s)}>
              <span className="anchor-badge anchor-new">new</span> {s.text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
