import { STATUS_LABELS } from '../../../shared/labels';
import { SETTLED_STATUSES, type PastCheckQuery } from '../../../shared/past-checks';

export type Filters = Omit<PastCheckQuery, 'offset' | 'limit'>;

interface Props {
  filters: Filters;
  publishers: string[];
  onChange: (filters: Filters) => void;
}

/** Removes a filter set back to "any" instead of sending an empty one. */
function withField<K extends keyof Filters>(filters: Filters, key: K, value: Filters[K] | ''): Filters {
  const next = { ...filters };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Search words, then publisher, status, origin, rating label and the review dates. */
export function PastCheckFilters({ filters, publishers, onChange }: Props) {
  const change = <K extends keyof Filters>(key: K, value: Filters[K] | '') => onChange(withField(filters, key, value));
  return (
    <div className="past-check-filters">
      <input
        type="search"
        value={filters.text ?? ''}
        placeholder="Search claims, claimants, publishers, ratings"
        aria-label="Search past fact-checks"
        onChange={(e) => change('text', e.target.value)}
      />
      <div className="filter-row">
        <select
          aria-label="Publisher"
          value={filters.publisher ?? ''}
          onChange={(e) => change('publisher', e.target.value)}
        >
          <option value="">Any publisher</option>
          {publishers.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <select
          aria-label="Status"
          value={filters.status ?? ''}
          onChange={(e) => change('status', e.target.value as Filters['status'] | '')}
        >
          <option value="">Any status</option>
          {SETTLED_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <select
          aria-label="Origin"
          value={filters.origin ?? ''}
          onChange={(e) => change('origin', e.target.value as Filters['origin'] | '')}
        >
          <option value="">Imported and this desk</option>
          <option value="imported">Imported only</option>
          <option value="desk">This desk only</option>
        </select>
      </div>
      <div className="filter-row">
        <input
          value={filters.rating ?? ''}
          placeholder="Rating label"
          aria-label="Rating label"
          onChange={(e) => change('rating', e.target.value)}
        />
        <input
          type="date"
          aria-label="Reviewed from"
          value={filters.from ?? ''}
          onChange={(e) => change('from', e.target.value)}
        />
        <input
          type="date"
          aria-label="Reviewed until"
          value={filters.to ?? ''}
          onChange={(e) => change('to', e.target.value)}
        />
      </div>
    </div>
  );
}
