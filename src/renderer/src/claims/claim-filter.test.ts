import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/model';
import { NO_FILTER, assigneesOf, filterClaims, isFiltering } from './claim-filter';

function claim(id: string, fields: Partial<Claim> & { text?: string }): Claim {
  const at = '2026-11-30T09:00:00.000Z';
  return {
    id,
    anchor: { version: 1, start: 0, end: 1, exact: fields.text ?? id, prefix: '', suffix: '' },
    anchorState: 'current',
    kind: 'other',
    status: 'unchecked',
    notes: '',
    evidence: [],
    history: [],
    origin: 'manual',
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

const CLAIMS = [
  claim('a', { text: 'Fares rose 12 percent', status: 'verified', kind: 'statistic', assignee: 'Ana' }),
  claim('b', { text: 'The mayor said so', status: 'needs-recheck', kind: 'quote', origin: 'suggested' }),
  claim('c', {
    text: 'Turnout hit a record',
    status: 'in-progress',
    assignee: 'ana',
    notes: 'Ask the Peña office',
    evidence: [{ id: 'e', sourceId: 's1', relation: 'supports', excerpt: 'turnout 61%', addedAt: '', addedBy: '' }],
  }),
];
const TITLES = new Map([['s1', 'Election board tally']]);
const ids = (claims: Claim[]): string[] => claims.map((c) => c.id);

describe('filterClaims', () => {
  it('"Checked before" keeps the claims an earlier fact-check matches', () => {
    const filter = { ...NO_FILTER, checkedBefore: true };
    expect(isFiltering(filter)).toBe(true);
    expect(ids(filterClaims(CLAIMS, filter, 'Ana', TITLES, new Set(), { a: 2, c: 1 }))).toEqual(['a', 'c']);
    expect(ids(filterClaims(CLAIMS, filter, 'Ana', TITLES))).toEqual([]);
  });

  it('filters by status, kind, origin and assignee ("me" is the editor, names ignore case)', () => {
    expect(ids(filterClaims(CLAIMS, NO_FILTER, 'Ana', TITLES))).toEqual(['a', 'b', 'c']);
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(ids(filterClaims(CLAIMS, { ...NO_FILTER, status: 'verified' }, 'Ana', TITLES))).toEqual(['a']);
    expect(ids(filterClaims(CLAIMS, { ...NO_FILTER, kind: 'quote' }, 'Ana', TITLES))).toEqual(['b']);
    expect(ids(filterClaims(CLAIMS, { ...NO_FILTER, origin: 'suggested' }, 'Ana', TITLES))).toEqual(['b']);
    expect(ids(filterClaims(CLAIMS, { ...NO_FILTER, assignee: 'me' }, 'ANA', TITLES))).toEqual(['a', 'c']);
    expect(ids(filterClaims(CLAIMS, { ...NO_FILTER, assignee: 'nobody' }, 'Ana', TITLES))).toEqual(['b']);
    expect(ids(filterClaims(CLAIMS, { ...NO_FILTER, assignee: { name: 'Bo' } }, 'Ana', TITLES))).toEqual([]);
  });

  it('searches quote, notes, excerpts and source titles, every word, without accents', () => {
    const find = (text: string): string[] => ids(filterClaims(CLAIMS, { ...NO_FILTER, text }, '', TITLES));
    expect(find('pena')).toEqual(['c']);
    expect(find('61%')).toEqual(['c']);
    expect(find('board turnout')).toEqual(['c']);
    expect(find('fares mayor')).toEqual([]);
    expect(find('MAYOR')).toEqual(['b']);
  });

  it('sorts by status with open work first, keeping text order within a status', () => {
    const more = [...CLAIMS, claim('d', { status: 'needs-recheck' })];
    expect(ids(filterClaims(more, { ...NO_FILTER, sort: 'status' }, '', TITLES))).toEqual(['b', 'd', 'c', 'a']);
    expect(assigneesOf(more)).toEqual(['ana', 'Ana']);
  });

  it('shows a claim with a conflict as open work: found by "Has a conflict", first when sorted by status', () => {
    const conflicted = new Set(['a']);
    const conflictOnly = { ...NO_FILTER, status: 'conflict' as const };
    expect(ids(filterClaims(CLAIMS, conflictOnly, '', TITLES, conflicted))).toEqual(['a']);
    expect(ids(filterClaims(CLAIMS, conflictOnly, '', TITLES))).toEqual([]);
    expect(isFiltering(conflictOnly)).toBe(true);
    // Verified, yet its status is in dispute between two machines: it leads the open work.
    expect(ids(filterClaims(CLAIMS, { ...NO_FILTER, sort: 'status' }, '', TITLES, conflicted))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
