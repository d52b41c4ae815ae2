import type { Change, Comparison } from '../../../shared/model';

/**
 * A long revision for the compare view's tests: 400 paragraphs, the second moved to near the end
 * (¶ 2 → ¶ 398) and a word put into the last one. Its changes are those the core's compare gives.
 */
const PARAGRAPHS = Array.from(
  { length: 400 },
  (_, i) => `Section ${i + 1} of the audit found that the county spent ${1000 + i} dollars on item ${i * 7}.`,
);
const BREAK = '\n\n';
const LAST = PARAGRAPHS[399]!;
const INSERTED = 'final ';
const AT = LAST.indexOf('audit');

export const LONG_OLD = PARAGRAPHS.join(BREAK);
export const LONG_NEW = [
  PARAGRAPHS[0],
  ...PARAGRAPHS.slice(2, 398),
  PARAGRAPHS[1],
  PARAGRAPHS[398],
  LAST.slice(0, AT) + INSERTED + LAST.slice(AT),
].join(BREAK);

/** Where each paragraph of the older version starts. */
const starts: number[] = [];
for (let i = 0; i < PARAGRAPHS.length; i++)
  starts.push(i === 0 ? 0 : starts[i - 1]! + PARAGRAPHS[i - 1]!.length + BREAK.length);

function changes(): Change[] {
  const out: Change[] = [];
  let at = 0;
  const add = (op: Change['op'], from: number, to: number, inserted = 0, moved = false): void => {
    const length = op === 'insert' ? inserted : to - from;
    out.push({ op, old: [from, to], new: [at, at + length], ...(moved ? { moved } : {}) });
    at += length;
  };
  add('equal', 0, starts[1]!);
  add('equal', starts[2]!, starts[398]!);
  add('move', starts[1]!, starts[2]!, 0, true);
  add('equal', starts[398]!, starts[399]! + AT);
  add('insert', starts[399]! + AT, starts[399]! + AT, INSERTED.length);
  add('equal', starts[399]! + AT, LONG_OLD.length);
  return out;
}

export const LONG_COMPARISON: Comparison = {
  stats: {
    wordsAdded: 1,
    wordsRemoved: 0,
    paragraphsAdded: 0,
    paragraphsRemoved: 0,
    paragraphsMoved: 1,
    paragraphsChanged: 1,
    similarity: 0.99,
  },
  changes: changes(),
};
