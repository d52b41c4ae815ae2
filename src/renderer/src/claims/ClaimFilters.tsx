import { KIND_LABELS, STATUS_LABELS } from '../../../shared/labels';
import { CLAIM_KINDS, CLAIM_STATUSES, type ClaimKind } from '../../../shared/model';
import { samePerson } from '../desk/people';
import { NO_FILTER, isFiltering, type ClaimFilter } from './claim-filter';

interface Props {
  filter: ClaimFilter;
  onChange: (filter: ClaimFilter) => void;
  /** The editor's name, for "Assigned to me". */
  me: string;
  /** The desk's people (members, the editor, everyone assigned), for "assigned to". */
  assignees: string[];
  /** How many claims have an unresolved conflict: "Has a conflict" is offered while there are any. */
  conflicts: number;
  shown: number;
  total: number;
}

export const CLAIM_SEARCH_ID = 'claim-search';

function assigneeValue(a: ClaimFilter['assignee']): string {
  return typeof a === 'string' ? a : `name:${a.name}`;
}

function assigneeFrom(value: string): ClaimFilter['assignee'] {
  return value.startsWith('name:') ? { name: value.slice(5) } : (value as 'any' | 'me' | 'nobody');
}

/** Search, filters and sort above the claims list; "/" jumps to the search box. */
export function ClaimFilters({ filter, onChange, me, assignees, conflicts, shown, total }: Props) {
  const set = (changes: Partial<ClaimFilter>): void => onChange({ ...filter, ...changes });
  return (
    <div className="claim-filters" role="search" aria-label="Filter claims">
      <input
        id={CLAIM_SEARCH_ID}
        type="search"
        value={filter.text}
        placeholder="Search claims, notes, excerpts  ( / )"
        aria-label="Search claims"
        onChange={(e) => set({ text: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            set({ text: '' });
            e.currentTarget.blur();
          }
        }}
      />
      <div className="filter-row">
        <select
          aria-label="Status"
          value={filter.status}
          onChange={(e) => set({ status: e.target.value as ClaimFilter['status'] })}
        >
          <option value="any">Any status</option>
          {conflicts > 0 || filter.status === 'conflict' ? (
            <option value="conflict">Has a conflict ({conflicts})</option>
          ) : null}
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <select
          aria-label="Kind"
          value={filter.kind}
          onChange={(e) => set({ kind: e.target.value as ClaimKind | 'any' })}
        >
          <option value="any">Any kind</option>
          {CLAIM_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <select
          aria-label="Assignee"
          value={assigneeValue(filter.assignee)}
          onChange={(e) => set({ assignee: assigneeFrom(e.target.value) })}
        >
          <option value="any">Anyone</option>
          <option value="me">Assigned to me ({me})</option>
          <option value="nobody">Not assigned</option>
          {assignees
            .filter((name) => !samePerson(name, me))
            .map((name) => (
              <option key={name} value={`name:${name}`}>
                {name}
              </option>
            ))}
        </select>
        <select
          aria-label="Origin"
          value={filter.origin}
          onChange={(e) => set({ origin: e.target.value as ClaimFilter['origin'] })}
        >
          <option value="any">Tagged any way</option>
          <option value="manual">Tagged by hand</option>
          <option value="suggested">From suggestions</option>
        </select>
        <label className="filter-check">
          <input
            type="checkbox"
            checked={filter.checkedBefore}
            onChange={(e) => set({ checkedBefore: e.target.checked })}
          />{' '}
          Checked before
        </label>
        <select
          aria-label="Sort"
          value={filter.sort}
          onChange={(e) => set({ sort: e.target.value as ClaimFilter['sort'] })}
        >
          <option value="position">In text order</option>
          <option value="status">By status (open first)</option>
        </select>
      </div>
      {isFiltering(filter) ? (
        <p className="filter-summary">
          Showing {shown} of {total}{' '}
          <button type="button" className="link-button" onClick={() => onChange({ ...NO_FILTER, sort: filter.sort })}>
            Clear filters
          </button>
        </p>
      ) : null}
    </div>
  );
}
