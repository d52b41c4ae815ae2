import { CLAIM_STATUSES, type Claim, type Suggestion } from '../../../shared/model';
import { ANCHOR_LABELS, KIND_LABELS, STATUS_LABELS } from '../../../shared/labels';

interface Props {
  claims: Claim[];
  /** Check-worthy sentences not yet tagged (at the editor's sensitivity). */
  suggested: readonly Suggestion[];
  onSelect: (id: string) => void;
  onShowSuggestion: (suggestion: Suggestion) => void;
}

function SuggestedCount({ suggested, onShowSuggestion }: Pick<Props, 'suggested' | 'onShowSuggestion'>) {
  if (suggested.length === 0) return null;
  return (
    <p className="suggested-count">
      <button type="button" className="link-button" onClick={() => onShowSuggestion(suggested[0]!)}>
        {suggested.length} suggested, not yet tagged
      </button>
    </p>
  );
}

/** The inspector's view when no claim is selected: every claim in text order, with a tally. */
export function ClaimList({ claims, suggested, onSelect, onShowSuggestion }: Props) {
  if (claims.length === 0) {
    return (
      <div className="empty-hint">
        <SuggestedCount suggested={suggested} onShowSuggestion={onShowSuggestion} />
        <p>No claims tagged yet.</p>
        <p>
          Select the words of a claim in the draft, then press <kbd>T</kbd> or click <strong>Tag claim</strong>.
        </p>
      </div>
    );
  }
  const counts = CLAIM_STATUSES.map((s) => [s, claims.filter((c) => c.status === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  return (
    <div className="claim-list-wrap">
      <SuggestedCount suggested={suggested} onShowSuggestion={onShowSuggestion} />
      <p className="tally">
        {counts.map(([s, n]) => (
          <span key={s} className={`pill status-${s}`}>
            {n} {STATUS_LABELS[s].toLowerCase()}
          </span>
        ))}
      </p>
      <ol className="claim-list" aria-label="Claims">
        {claims.map((c) => (
          <li key={c.id}>
            <button type="button" className="claim-row" onClick={() => onSelect(c.id)}>
              <span className={`dot status-${c.status}`} aria-hidden />
              <span className="claim-row-text">{c.anchor.exact}</span>
              <span className="claim-row-meta">
                {c.anchorState !== 'current' ? (
                  <span className={`anchor-badge anchor-${c.anchorState}`}>{ANCHOR_LABELS[c.anchorState]}</span>
                ) : null}
                {KIND_LABELS[c.kind]} · {STATUS_LABELS[c.status]}
                {c.evidence.length > 0 ? ` · ${c.evidence.length} source${c.evidence.length === 1 ? '' : 's'}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
