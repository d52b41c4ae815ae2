import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../shared/model';
import { canonicalJson } from './canonical';
import { mergeHistories } from './merge-history';

const event = (at: string, to: string, machine = 'm1'): HistoryEvent => ({
  at,
  by: 'Ann',
  change: 'status',
  from: 'unchecked',
  to,
  machine,
});

/** An event's content with its undo named by the content of the event it reverses (as an oracle). */
function described(history: HistoryEvent[]): string[] {
  const out: string[] = [];
  history.forEach((e) => {
    const { undoes, ...rest } = e;
    out.push(canonicalJson(rest) + (undoes === undefined ? '' : `↶${out[undoes]}`));
  });
  return out;
}

const eventArb = (machine: string): fc.Arbitrary<HistoryEvent> =>
  fc.record({
    at: fc.integer({ min: 0, max: 50 }).map((n) => `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`),
    by: fc.constantFrom('Ann', 'Ben'),
    change: fc.constantFrom('status', 'notes', 'assignee' as const),
    to: fc.string({ maxLength: 3 }),
    machine: fc.constant(machine),
  });

/** Appends events to a history, some of them undos of an earlier event of the same history. */
function extend(base: HistoryEvent[], added: HistoryEvent[], undoPicks: number[]): HistoryEvent[] {
  const out = [...base];
  added.forEach((e, i) => {
    const pick = undoPicks[i];
    out.push(pick !== undefined && out.length > 0 && pick % 3 === 0 ? { ...e, undoes: pick % out.length } : e);
  });
  return out;
}

describe('mergeHistories', () => {
  it('keeps both sides whole, the common past first, the rest in time order', () => {
    const shared = [event('2026-01-01T00:00:00.000Z', 'in-progress')];
    const a = [...shared, event('2026-01-01T00:00:05.000Z', 'verified', 'm1')];
    const b = [...shared, event('2026-01-01T00:00:03.000Z', 'disputed', 'm2')];
    expect(mergeHistories(a, b).map((e) => e.to)).toEqual(['in-progress', 'disputed', 'verified']);
    expect(mergeHistories(b, a)).toEqual(mergeHistories(a, b));
  });

  it('points an undo at the same event after the events of the other side came in between', () => {
    const shared = [event('2026-01-01T00:00:00.000Z', 'in-progress')];
    const a = [...shared, { ...event('2026-01-01T00:00:09.000Z', 'unchecked'), undoes: 0 }];
    const b = [...shared, event('2026-01-01T00:00:01.000Z', 'disputed', 'm2')];
    const merged = mergeHistories(a, b);
    expect(merged.map((e) => e.to)).toEqual(['in-progress', 'disputed', 'unchecked']);
    expect(merged[2]!.undoes).toBe(0);
  });

  it('for any two forks of one history: the same result either way, every event once, each side in its order', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb('m0'), { maxLength: 6 }),
        fc.array(eventArb('m1'), { maxLength: 6 }),
        fc.array(eventArb('m2'), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (common, onA, onB, undoA, undoB) => {
          const a = extend(common, onA, undoA);
          const b = extend(common, onB, undoB);
          const merged = mergeHistories(a, b);
          expect(mergeHistories(b, a)).toEqual(merged);
          const seen = described(merged);
          for (const side of [a, b]) {
            const own = [...new Set(described(side))];
            for (const item of own) expect(seen).toContain(item);
            const positions = own.map((item) => seen.indexOf(item));
            expect(positions).toEqual([...positions].sort((x, y) => x - y));
          }
          expect(new Set(seen).size).toBe(seen.length);
          // Merging again with either side changes nothing: replicas that merged agree for good.
          expect(mergeHistories(merged, a)).toEqual(merged);
          expect(mergeHistories(b, merged)).toEqual(merged);
        },
      ),
      { numRuns: 300 },
    );
  });
});
