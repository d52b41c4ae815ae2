import { describe, expect, it } from 'vitest';
import { KEEP_DAYS, KEEP_NEWEST, selectSnapshotsToKeep } from './retention';

/** Local wall-clock times, so that day boundaries are the editor's whatever the test machine's zone. */
function at(day: number, hours: number, minutes = 0): { id: string; time: string } {
  const time = new Date(2026, 10, day, hours, minutes).toISOString();
  return { id: `d${day}-${hours}-${minutes}`, time };
}

const keptIds = (snapshots: { id: string; time: string }[], now: { time: string }): string[] =>
  selectSnapshotsToKeep(snapshots, now.time).map((s) => s.id);

describe('selectSnapshotsToKeep', () => {
  it('keeps the 3 newest, even within one day', () => {
    const day = [at(30, 9), at(30, 10), at(30, 11), at(30, 12), at(30, 13)];
    expect(keptIds(day, at(30, 14))).toEqual(['d30-13-0', 'd30-12-0', 'd30-11-0']);
    expect(KEEP_NEWEST).toBe(3);
  });

  it('keeps the newest of each earlier day, split at local midnight', () => {
    const snapshots = [
      at(28, 8),
      at(28, 23, 59),
      at(29, 0, 0),
      at(29, 0, 1),
      at(29, 12),
      at(30, 9),
      at(30, 10),
      at(30, 11),
    ];
    expect(keptIds(snapshots, at(30, 12))).toEqual(['d30-11-0', 'd30-10-0', 'd30-9-0', 'd29-12-0', 'd28-23-59']);
  });

  it('keeps a day for 10 calendar days, today included, then lets it go', () => {
    const now = at(30, 0, 30);
    // Today is the 30th: the 21st is the tenth day counting back, the 20th the eleventh.
    const snapshots = [at(30, 0, 10), at(30, 0, 20), at(30, 0, 25), at(21, 0, 0), at(20, 23, 59)];
    expect(keptIds(snapshots, now)).toEqual(['d30-0-25', 'd30-0-20', 'd30-0-10', 'd21-0-0']);
    expect(KEEP_DAYS).toBe(10);
  });

  it('keeps the 3 newest even when they are older than 10 days', () => {
    const old = [at(1, 9), at(2, 9), at(3, 9), at(4, 9)];
    expect(keptIds(old, at(30, 12))).toEqual(['d4-9-0', 'd3-9-0', 'd2-9-0']);
  });

  it('does not depend on the order it is given, and keeps nothing twice', () => {
    const snapshots = [at(25, 9), at(30, 9), at(27, 18), at(27, 9), at(30, 8), at(29, 7)];
    const forward = keptIds(snapshots, at(30, 10));
    expect(keptIds([...snapshots].reverse(), at(30, 10))).toEqual(forward);
    expect(new Set(forward).size).toBe(forward.length);
    expect(forward).toEqual(['d30-9-0', 'd30-8-0', 'd29-7-0', 'd27-18-0', 'd25-9-0']);
  });

  it('keeps the newest "before a restore" for the whole period, so that a restore stays undoable', () => {
    const undo = { ...at(30, 9), id: 'undo', reason: 'pre-restore' };
    const older = { ...at(30, 8), id: 'older-undo', reason: 'pre-restore' };
    const later = [at(30, 10), at(30, 11), at(30, 12), at(30, 13)].map((s) => ({ ...s, reason: 'activity' }));
    const kept = keptIds([older, undo, ...later], at(30, 14));
    expect(kept).toContain('undo');
    expect(kept).not.toContain('older-undo');
    // Until the period is over, like every other day's snapshot.
    expect(keptIds([undo, ...later], at(30 + KEEP_DAYS, 9))).not.toContain('undo');
  });

  it('keeps none of an empty list', () => {
    expect(selectSnapshotsToKeep([], at(30, 9).time)).toEqual([]);
  });
});
