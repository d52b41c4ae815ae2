import { describe, expect, it } from 'vitest';
import { changeEntries, type ChangeEntry } from './change-entries';
import { CHANGES, NEW, OLD } from './test-revision';

/** An entry as the change list shows it. */
const shown = (e: ChangeEntry): string =>
  `${e.label}: ${e.before}[-${e.removed}-][+${e.added}+]${e.after}`.replace(/\[-\]|\[\+\+\]|\[--\]/g, '');

describe('change list entries', () => {
  const entries = changeEntries(CHANGES, OLD, NEW).map(shown);

  it('show an inserted phrase itself, with the words around it', () => {
    expect(entries).toContain('Added: contractors in 2008, [+after a months-long investigation, +]according to the');
  });

  it('show a removed and an added paragraph whole, with no words borrowed from their neighbours', () => {
    expect(entries).toContain('Removed: [-A spokesman declined to comment.-]');
    expect(entries).toContain('Added: [+Earlier this year, the agency replaced its procurement chief.+]');
  });

  it('show a moved paragraph once, with where it was and where it is', () => {
    expect(entries.filter((e) => e.startsWith('Moved'))).toEqual([
      'Moved & changed ¶ 1 → ¶ 2: [+Senator Okafor told the Senate intelligence committee on Tuesday that the agency ignored warnings.+]',
    ]);
  });
});
