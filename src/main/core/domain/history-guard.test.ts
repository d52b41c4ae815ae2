import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../shared/model';
import { assertAppendOnly, historySnapshot } from './history-guard';

const at = '2026-11-30T10:00:00.000Z';
const created: HistoryEvent = { at, by: 'Ana', change: 'created', to: 'unchecked' };
const status: HistoryEvent = { at, by: 'Ana', change: 'status', from: 'unchecked', to: 'in-progress' };

describe('assertAppendOnly', () => {
  it('accepts appended events and refuses dropped, edited or reordered ones', () => {
    const both = historySnapshot([created, status]);
    expect(() => assertAppendOnly(historySnapshot([created]), [created, status])).not.toThrow();
    expect(() => assertAppendOnly(both, [created])).toThrow(/rewrite the claim history/);
    expect(() => assertAppendOnly(both, [created, { ...status, by: 'Bo' }])).toThrow();
    expect(() => assertAppendOnly(both, [status, created])).toThrow();
    // Edited in place, the same object: caught because the snapshot is text.
    const history = [created, { ...status }];
    const before = historySnapshot(history);
    history[1]!.to = 'verified';
    expect(() => assertAppendOnly(before, history)).toThrow();
  });
});
