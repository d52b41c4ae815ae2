import { describe, expect, it } from 'vitest';
import { findCycles } from './cycles';
import type { ImportEdge } from './zones';

const graph = (pairs: [string, string][]): ImportEdge[] =>
  pairs.map(([from, to]) => ({ from, specifier: to, to: { file: to }, typeOnly: true }));

describe('findCycles', () => {
  it('finds a cycle of two, a longer one, and a file that imports itself', () => {
    const cycles = findCycles(
      graph([
        ['a', 'b'],
        ['b', 'a'],
        ['c', 'd'],
        ['d', 'e'],
        ['e', 'c'],
        ['e', 'f'],
        ['g', 'g'],
      ]),
    );
    expect(cycles).toEqual([['a', 'b'], ['c', 'd', 'e'], ['g']]);
  });

  it('finds none in a graph without one, shared imports included', () => {
    expect(
      findCycles(
        graph([
          ['a', 'b'],
          ['a', 'c'],
          ['b', 'c'],
          ['c', 'd'],
        ]),
      ),
    ).toEqual([]);
  });
});
