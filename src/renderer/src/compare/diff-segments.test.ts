import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/model';
import { inlineSegments, sideBySideSegments } from './diff-segments';

const OLD = 'Turnout was 49 percent.\n\nIt rained.';
const NEW = 'It rained.\n\nTurnout was 38 percent.';
const CHANGES: Change[] = [
  { op: 'move', old: [25, 35], new: [0, 10] },
  { op: 'insert', old: [25, 25], new: [10, 12] },
  { op: 'equal', old: [0, 12], new: [12, 24] },
  { op: 'replace', old: [12, 14], new: [24, 26], numbers: [{ from: '49', to: '38' }] },
  { op: 'equal', old: [14, 23], new: [26, 35] },
  { op: 'delete', old: [23, 25], new: [35, 35] },
];

describe('diff segments', () => {
  it('inline: reads as the new text, with deletions shown in place', () => {
    const segments = inlineSegments(OLD, NEW, CHANGES);
    expect(
      segments
        .filter((s) => s.kind !== 'delete')
        .map((s) => s.text)
        .join(''),
    ).toBe(NEW);
    expect(segments.find((s) => s.kind === 'delete' && s.change === 3)?.text).toBe('49');
    expect(segments.find((s) => s.kind === 'insert' && s.change === 3)?.text).toBe('38');
  });

  it('side by side: each column is its whole version, in its own order', () => {
    const { left, right } = sideBySideSegments(OLD, NEW, CHANGES);
    expect(left.map((s) => s.text).join('')).toBe(OLD);
    expect(right.map((s) => s.text).join('')).toBe(NEW);
    expect(left.at(-1)).toEqual({ kind: 'move', text: 'It rained.', change: 0 });
  });
});
