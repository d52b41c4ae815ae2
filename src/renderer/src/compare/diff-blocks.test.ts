import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/model';
import { inlineBlocks, sideBySideBlocks, type DiffBlock } from './diff-blocks';
import { CHANGES, NEW, OLD } from './test-revision';

/** A block as text: its marker, then its segments with deletions in [- -] and insertions in [+ +]. */
const shown = (b: DiffBlock): string =>
  (b.marker ? `(moved ${b.marker.direction} ¶ ${b.marker.paragraph}) ` : '') +
  b.segments
    .map((s) => (s.kind === 'delete' ? `[-${s.text}-]` : s.kind === 'insert' ? `[+${s.text}+]` : s.text))
    .join('');

describe('diff blocks', () => {
  it('inline: one block per paragraph, a removed and an added paragraph apart, a move linked both ways', () => {
    expect(inlineBlocks(OLD, NEW, CHANGES).map(shown)).toEqual([
      '(moved to ¶ 2) ',
      'The agency spent $4.2 billion on contractors in 2008, [+after a months-long investigation, +]according to the inspector general.',
      '(moved from ¶ 1) Senator Okafor told [-a-][+the+] Senate [+intelligence +]committee on Tuesday that the agency ignored warnings.',
      'The committee votes next month.',
      '[-A spokesman declined to comment.-]',
      '[+Earlier this year, the agency replaced its procurement chief.+]',
    ]);
  });

  it('side by side: each column is its whole version by paragraph, with the move marked in each', () => {
    const { left, right } = sideBySideBlocks(OLD, NEW, CHANGES);
    const unmarked = (blocks: DiffBlock[]): string[] => blocks.map((b) => b.segments.map((s) => s.text).join(''));
    expect(unmarked(left)).toEqual(OLD.split('\n\n'));
    expect(unmarked(right)).toEqual(NEW.split('\n\n'));
    expect(left[0]!.marker).toEqual({ move: 0, direction: 'to', paragraph: 2 });
    expect(right[1]!.marker).toEqual({ move: 0, direction: 'from', paragraph: 1 });
  });

  it('keeps a paragraph whole when only a word of it changed', () => {
    const changes: Change[] = [
      { op: 'equal', old: [0, 12], new: [0, 12] },
      { op: 'replace', old: [12, 14], new: [12, 14], numbers: [{ from: '49', to: '38' }] },
      { op: 'equal', old: [14, 35], new: [14, 35] },
    ];
    const oldText = 'Turnout was 49 percent.\n\nIt rained.';
    const newText = 'Turnout was 38 percent.\n\nIt rained.';
    expect(inlineBlocks(oldText, newText, changes).map(shown)).toEqual([
      'Turnout was [-49-][+38+] percent.',
      'It rained.',
    ]);
  });
});
