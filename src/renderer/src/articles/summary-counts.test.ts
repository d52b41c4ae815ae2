import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/model';
import { withStatusMoved } from './summary-counts';

const base: ArticleSummary = {
  id: 'a',
  title: 'A',
  versionCount: 1,
  claimCount: 3,
  verifiedCount: 1,
  settledCount: 2,
  statusCounts: { unchecked: 1, verified: 1, false: 1 },
  createdAt: '2026-01-01',
  updatedAt: '2026-01-01',
};

describe('withStatusMoved', () => {
  it('moves one claim between statuses, with the verified and settled counts', () => {
    expect(withStatusMoved(base, 'unchecked', 'verified')).toMatchObject({
      verifiedCount: 2,
      settledCount: 3,
      statusCounts: { unchecked: 0, verified: 2, false: 1 },
    });
    expect(withStatusMoved(base, 'false', 'in-progress')).toMatchObject({
      verifiedCount: 1,
      settledCount: 1,
      statusCounts: { 'in-progress': 1, false: 0 },
    });
  });

  it('leaves the entry alone when the status does not change', () => {
    expect(withStatusMoved(base, 'verified', 'verified')).toBe(base);
  });
});
