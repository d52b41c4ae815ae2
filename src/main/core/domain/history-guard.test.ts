import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../shared/model';
import { assertAppendOnly } from './history-guard';

const at = '2026-11-30T10:00:00.000Z';
const created: HistoryEvent = { at, by: 'Ana', change: 'created', to: 'unchecked' };
const status: HistoryEvent = { at, by: 'Ana', change: 'status', from: 'unchecked', to: 'in-progress' };

describe('assertAppendOnly', () => {
  it('accepts appended events and refuses dropped, edited or reordered ones', () => {
    expect(() => assertAppendOnly([created], [created, status])).not.toThrow();
    expect(() => assertAppendOnly([created, status], [created])).toThrow(/rewrite the claim history/);
    expect(() => assertAppendOnly([created, status], [created, { ...status, by: 'Bo' }])).toThrow();
    expect(() => assertAppendOnly([created, status], [status, created])).toThrow();
  });
});
