import { PastMatchBadge } from '../past-matches/PastMatchBadge';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type ReactNode } from 'react';
import { CLAIM_STATUSES, FINAL_STATUSES, type Claim, type ClaimStatus, type Suggestion } from '../../../shared/model';
import { ANCHOR_LABELS, KIND_LABELS, STATUS_LABELS } from '../../../shared/labels';
import { ConflictBadge } from '../desk/ConflictBadge';
import { StatusStack } from '../ui/StatusStack';

interface Props {
  /** Every claim of the article (for the progress figures). */
  claims: Claim[];
  /** The claims the filter lets through, in the order to show. */
  visible: Claim[];
  filterBar: ReactNode;
  onFilterStatus: (status: ClaimStatus | 'conflict') => void;
  /** Claims with an unresolved conflict: badged, and open work whatever their status. */
  conflicted: ReadonlySet<string>;
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

interface RowProps {
  claim: Claim;
  conflict: boolean;
  onSelect: (id: string) => void;
}

function ClaimRow({ claim: c, conflict, onSelect }: RowProps) {
  return (
    <button type="button" className="claim-row" onClick={() => onSelect(c.id)}>
      <span className={`dot status-${c.status}`} aria-hidden />
      <span className="claim-row-text">{c.anchor.exact}</span>
      <span className="claim-row-meta">
        {conflict ? <ConflictBadge /> : null}
        <PastMatchBadge claimId={c.id} />
        {c.anchorState !== 'current' ? (
          <span className={`anchor-badge anchor-${c.anchorState}`}>{ANCHOR_LABELS[c.anchorState]}</span>
        ) : null}
        {KIND_LABELS[c.kind]} · {STATUS_LABELS[c.status]}
        {c.verdict ? ` (“${c.verdict}”)` : ''}
        {c.evidence.length > 0 ? ` · ${c.evidence.length} source${c.evidence.length === 1 ? '' : 's'}` : ''}
        {c.assignee ? ` · ${c.assignee}` : ''}
      </span>
    </button>
  );
}

/**
 * Only the rows in view are in the page, so that 2,000 claims scroll and update smoothly. Rows differ
 * in height (a long quote wraps to three lines): each is measured as drawn, and the measure is kept
 * under its claim's id, not its place, so that a new order or filter does not give a row the height
 * of the one that stood there before (rows would overlap, or leave gaps).
 */
function VirtualClaimRows({
  claims,
  conflicted,
  onSelect,
}: Pick<Props, 'conflicted' | 'onSelect'> & { claims: Claim[] }) {
  const list = useRef<HTMLOListElement>(null);
  const keyOf = useCallback((index: number) => claims[index]!.id, [claims]);
  // The app does not use the React Compiler, whose memoisation this rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: claims.length,
    getItemKey: keyOf,
    getScrollElement: () => list.current?.closest<HTMLElement>('.pane') ?? null,
    estimateSize: () => 64,
    overscan: 10,
    scrollMargin: list.current?.offsetTop ?? 0,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <ol
      ref={list}
      className="claim-list"
      aria-label="Claims"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {items.map((item) => (
        <li
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className="claim-list-item"
          style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          <ClaimRow claim={claims[item.index]!} conflict={conflicted.has(claims[item.index]!.id)} onSelect={onSelect} />
        </li>
      ))}
    </ol>
  );
}

/** The inspector's view when no claim is selected: progress, filters, and the claims they let through. */
export function ClaimList(props: Props) {
  const { claims, visible, filterBar, onFilterStatus, conflicted, suggested, onSelect, onShowSuggestion } = props;
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
  const counts: Partial<Record<ClaimStatus, number>> = {};
  for (const c of claims) counts[c.status] = (counts[c.status] ?? 0) + 1;
  // A settled status in dispute between two machines is not checked until an editor resolves it.
  const inConflict = claims.filter((c) => conflicted.has(c.id));
  const checked =
    FINAL_STATUSES.reduce((n, s) => n + (counts[s] ?? 0), 0) -
    inConflict.filter((c) => FINAL_STATUSES.includes(c.status)).length;
  return (
    <div className="claim-list-wrap">
      <div className="claims-progress">
        <p className="checked-count">
          <strong>{checked}</strong> of <strong>{claims.length}</strong> claims checked
        </p>
        <StatusStack counts={counts} total={claims.length} size="tall" />
        <p className="tally">
          {inConflict.length > 0 ? (
            <button
              type="button"
              className="pill conflict-pill"
              title="Show only the claims with a conflict to resolve"
              onClick={() => onFilterStatus('conflict')}
            >
              {inConflict.length} with conflicts
            </button>
          ) : null}
          {CLAIM_STATUSES.filter((s) => counts[s]).map((s) => (
            <button
              key={s}
              type="button"
              className={`pill status-${s}`}
              title={`Show only ${STATUS_LABELS[s].toLowerCase()} claims`}
              onClick={() => onFilterStatus(s)}
            >
              {counts[s]} {STATUS_LABELS[s].toLowerCase()}
            </button>
          ))}
        </p>
      </div>
      <SuggestedCount suggested={suggested} onShowSuggestion={onShowSuggestion} />
      {filterBar}
      {visible.length === 0 ? (
        <p className="empty-hint">No claims match these filters.</p>
      ) : (
        <VirtualClaimRows claims={visible} conflicted={conflicted} onSelect={onSelect} />
      )}
    </div>
  );
}
