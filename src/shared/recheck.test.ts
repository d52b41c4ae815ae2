import { describe, expect, it } from 'vitest';
import type { Article, Claim, HistoryEvent } from './model';
import { claimsToRecheck, recheckedSinceRevision } from './recheck';

const at = (minute: number): string => `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`;
const created: HistoryEvent = { at: at(0), by: 'E', change: 'created', to: 'unchecked' };
const checked: HistoryEvent = { at: at(1), by: 'E', change: 'status', from: 'unchecked', to: 'verified' };
const revised: HistoryEvent = { at: at(2), by: 'E', change: 'anchor', from: 'a Senate', to: 'the Senate' };
const flagged: HistoryEvent = { at: at(2), by: 'E', change: 'status', from: 'verified', to: 'needs-recheck' };
const rechecked: HistoryEvent = { at: at(3), by: 'E', change: 'status', from: 'needs-recheck', to: 'verified' };
const undone: HistoryEvent = { ...flagged, at: at(4), from: 'verified', undoes: 4 };

function claim(id: string, anchorState: Claim['anchorState'], history: HistoryEvent[], version = 2): Claim {
  return { id, anchorState, history, anchor: { version } } as Claim;
}

describe('the re-check list', () => {
  it('keeps a claim until someone sets its status after the revision', () => {
    expect(recheckedSinceRevision(claim('c', 'edited', [created, checked, revised, flagged]))).toBe(false);
    expect(recheckedSinceRevision(claim('c', 'edited', [created, checked, revised, flagged, rechecked]))).toBe(true);
  });

  it('does not count a status set before the revision, nor an undo back to needs re-check', () => {
    expect(recheckedSinceRevision(claim('c', 'edited', [created, checked, revised]))).toBe(false);
    expect(recheckedSinceRevision(claim('c', 'edited', [created, revised, flagged, rechecked, undone]))).toBe(false);
  });

  it('lists the edited claims of the current version and the ones not found, less those looked at again', () => {
    const article = {
      versions: [{ n: 1 }, { n: 2 }],
      claims: [
        claim('edited', 'edited', [created, checked, revised, flagged]),
        claim('done', 'edited', [created, checked, revised, flagged, rechecked]),
        claim('older', 'edited', [created, checked, revised, flagged], 1),
        claim('lost', 'orphaned', [created, checked, { ...revised, to: '' }, flagged], 1),
        claim('same', 'current', [created, checked]),
      ],
    } as unknown as Article;
    const { edited, orphaned } = claimsToRecheck(article);
    expect(edited.map((c) => c.id)).toEqual(['edited']);
    expect(orphaned.map((c) => c.id)).toEqual(['lost']);
  });
});
