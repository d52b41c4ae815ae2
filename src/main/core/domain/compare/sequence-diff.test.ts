import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffKeys, type DiffPart } from './sequence-diff';

/** Replays the parts over `a`, taking added items from `b`: must give `b` back, equal runs matching. */
function replay(a: string[], b: string[], parts: DiffPart[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  for (const part of parts) {
    if (part.kind === 'equal') {
      expect(a.slice(i, i + part.count)).toEqual(b.slice(j, j + part.count));
      out.push(...b.slice(j, j + part.count));
      i += part.count;
      j += part.count;
    } else if (part.kind === 'removed') i += part.count;
    else {
      out.push(...b.slice(j, j + part.count));
      j += part.count;
    }
  }
  expect(i).toBe(a.length);
  return out;
}

/** The length of a longest common subsequence, by dynamic programming: the oracle for minimality. */
function lcsLength(a: string[], b: string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const item of a) {
    const next = [0];
    for (let j = 0; j < b.length; j++) next.push(item === b[j] ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!));
    row = next;
  }
  return row[b.length]!;
}

describe('diffKeys', () => {
  it('keeps what is common and reports the rest as removed then added', () => {
    expect(diffKeys(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
      { kind: 'equal', count: 1 },
      { kind: 'removed', count: 1 },
      { kind: 'added', count: 1 },
      { kind: 'equal', count: 1 },
    ]);
    expect(diffKeys([], ['a'])).toEqual([{ kind: 'added', count: 1 }]);
    expect(diffKeys(['a'], [])).toEqual([{ kind: 'removed', count: 1 }]);
    expect(diffKeys([], [])).toEqual([]);
  });

  it('rebuilds the new sequence and keeps a longest common subsequence (property)', () => {
    const keys = fc.array(fc.constantFrom('p', 'q', 'r', 's', 't'), { maxLength: 40 });
    fc.assert(
      fc.property(keys, keys, (a, b) => {
        const parts = diffKeys(a, b);
        expect(replay(a, b, parts)).toEqual(b);
        const common = parts.filter((p) => p.kind === 'equal').reduce((n, p) => n + p.count, 0);
        expect(common).toBe(lcsLength(a, b));
      }),
      { numRuns: 300 },
    );
  });
});
