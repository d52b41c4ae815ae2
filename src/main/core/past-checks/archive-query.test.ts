import { describe, expect, it } from 'vitest';
import type { PastCheck } from '../../../shared/past-checks';
import { queryPastChecks } from './archive-query';

function item(n: number, fields: Partial<PastCheck> = {}): PastCheck {
  return {
    id: `pc-${n}`,
    origin: 'imported',
    claim: `Claim ${String(n).padStart(2, '0')}`,
    rating: { label: 'False', status: 'false', mappedBy: 'label' },
    ...fields,
  };
}

describe('queryPastChecks', () => {
  it('pages newest first, undated last, ties by claim', () => {
    const all = [
      item(1, { reviewDate: '2024-01-05' }),
      item(2),
      item(3, { reviewDate: '2024-03' }),
      item(4, { claimDate: '2024-02-01' }),
      item(5, { reviewDate: '2024-01-05' }),
    ];
    const first = queryPastChecks(all, { limit: 2 });
    expect(first.items.map((i) => i.id)).toEqual(['pc-3', 'pc-4']);
    expect(first.total).toBe(5);
    const rest = queryPastChecks(all, { offset: 2, limit: 10 });
    expect(rest).toMatchObject({ offset: 2, total: 5 });
    expect(rest.items.map((i) => i.id)).toEqual(['pc-1', 'pc-5', 'pc-2']);
  });

  it('reads each end of a date range as precisely as it is written, leaving undated items out', () => {
    const all = [
      item(1, { reviewDate: '2023-12-31' }),
      item(2, { reviewDate: '2024-01-01' }),
      item(3, { reviewDate: '2024-02' }),
      item(4, { reviewDate: '2024-02-29' }),
      item(5, { reviewDate: '2024-03-01' }),
      item(6),
    ];
    const ids = (from?: string, to?: string) =>
      queryPastChecks(all, { ...(from ? { from } : {}), ...(to ? { to } : {}) })
        .items.map((i) => i.id.slice(3))
        .sort();
    expect(ids('2024')).toEqual(['2', '3', '4', '5']);
    expect(ids(undefined, '2024-02')).toEqual(['1', '2', '3', '4']);
    expect(ids('2024-02-15', '2024-02-29')).toEqual(['3', '4']);
    expect(ids()).toHaveLength(6);
  });

  it('matches every word, accents and case aside, across claim, claimant, publisher and rating', () => {
    const all = [
      item(1, { claim: 'La tarifa subió en Peña', claimant: 'Alcaldesa' }),
      item(2, { publisher: 'Peña Verifica', rating: { label: 'Engañoso', status: 'disputed', mappedBy: 'fallback' } }),
    ];
    expect(queryPastChecks(all, { text: 'pena' }).total).toBe(2);
    expect(queryPastChecks(all, { text: 'PENA alcaldesa' }).items.map((i) => i.id)).toEqual(['pc-1']);
    expect(queryPastChecks(all, { text: 'enganoso' }).items.map((i) => i.id)).toEqual(['pc-2']);
    expect(queryPastChecks(all, { publisher: 'peña verifica', status: 'disputed', rating: 'ENGAÑOSO' }).total).toBe(1);
    expect(queryPastChecks(all, {}).publishers).toEqual(['Peña Verifica']);
  });
});
