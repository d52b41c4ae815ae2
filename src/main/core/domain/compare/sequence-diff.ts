import diffSequencesExport from 'diff-sequences';

type DiffSequences = typeof diffSequencesExport;

// A CommonJS module with `exports.default`: Node's ESM loader hands over the exports object, bundlers
// the function itself.
const diffSequences: DiffSequences =
  typeof diffSequencesExport === 'function'
    ? diffSequencesExport
    : (diffSequencesExport as unknown as { default: DiffSequences }).default;

/** A run of items: the same on both sides, only in the old sequence, or only in the new one. */
export interface DiffPart {
  kind: 'equal' | 'removed' | 'added';
  count: number;
}

/** Each distinct key as a small integer, so that the diff compares numbers, not long strings. */
function intern(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const idsOf = (keys: readonly string[]): Int32Array => {
    const out = new Int32Array(keys.length);
    keys.forEach((key, i) => {
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      out[i] = id;
    });
    return out;
  };
  return [idsOf(a), idsOf(b)];
}

/**
 * A minimal diff of two sequences of keys (Myers' algorithm in linear space, from Jest's
 * diff-sequences), as runs in order; within a change, removed items come before added ones.
 */
export function diffKeys(a: readonly string[], b: readonly string[]): DiffPart[] {
  const [x, y] = intern(a, b);
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  const gap = (toI: number, toJ: number): void => {
    if (toI > i) parts.push({ kind: 'removed', count: toI - i });
    if (toJ > j) parts.push({ kind: 'added', count: toJ - j });
  };
  diffSequences(
    x.length,
    y.length,
    (ai, bi) => x[ai] === y[bi],
    (count, ai, bi) => {
      gap(ai, bi);
      parts.push({ kind: 'equal', count });
      i = ai + count;
      j = bi + count;
    },
  );
  gap(x.length, y.length);
  return parts;
}
