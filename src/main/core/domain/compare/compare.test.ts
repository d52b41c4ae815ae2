import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../../shared/model';
import { compareTexts } from './compare';
import { draftWord, generatedParagraph, join, P1, P2, P3, P4, seeded } from './test-drafts';

/** The change list must cover both texts exactly once, and equal/moved stretches must be identical. */
function expectPartition(oldText: string, newText: string, changes: Change[]): void {
  const covered = (side: 'old' | 'new', length: number): void => {
    const ranges = changes
      .map((c) => c[side])
      .filter(([s, e]) => e > s)
      .sort((a, b) => a[0] - b[0]);
    let at = 0;
    for (const [s, e] of ranges) {
      expect(s, `${side} gap or overlap at ${at}`).toBe(at);
      at = e;
    }
    expect(at).toBe(length);
  };
  covered('old', oldText.length);
  covered('new', newText.length);
  for (const c of changes) {
    if (c.op === 'equal' || c.op === 'move') expect(newText.slice(...c.new)).toBe(oldText.slice(...c.old));
  }
}

/** Rebuilds NEW from OLD and the change list, in new-text order. */
function apply(oldText: string, newText: string, changes: Change[]): string {
  return [...changes]
    .filter((c) => c.new[1] > c.new[0])
    .sort((a, b) => a.new[0] - b.new[0])
    .map((c) => (c.op === 'equal' || c.op === 'move' ? oldText.slice(...c.old) : newText.slice(...c.new)))
    .join('');
}

describe('compareTexts', () => {
  it('finds nothing to report between identical texts', () => {
    const text = join(P1, P2);
    const { stats, changes } = compareTexts(text, text);
    expect(changes).toEqual([{ op: 'equal', old: [0, text.length], new: [0, text.length] }]);
    expect(stats).toMatchObject({ wordsAdded: 0, wordsRemoved: 0, paragraphsChanged: 0, similarity: 1 });
  });

  it('narrows an edit down to the words and calls out the changed number', () => {
    const oldText = join(P1, P2, P3);
    const newText = join(P1, P2.replace('49', '38'), P3);
    const { stats, changes } = compareTexts(oldText, newText);
    const edits = changes.filter((c) => c.op !== 'equal');
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ op: 'replace', numbers: [{ from: '49', to: '38' }] });
    expect(oldText.slice(...edits[0]!.old)).toBe('49');
    expect(stats).toMatchObject({ paragraphsChanged: 1, paragraphsMoved: 0, wordsAdded: 1, wordsRemoved: 1 });
    expectPartition(oldText, newText, changes);
  });

  it('shows a moved paragraph as a move, not a delete plus an insert', () => {
    const oldText = join(P1, P2, P3, P4);
    const newText = join(P1, P3, P4, P2);
    const { stats, changes } = compareTexts(oldText, newText);
    expect(stats.paragraphsMoved).toBe(1);
    expect(stats.paragraphsAdded + stats.paragraphsRemoved).toBe(0);
    const move = changes.find((c) => c.op === 'move');
    expect(newText.slice(...move!.new)).toContain(P2);
    expectPartition(oldText, newText, changes);
  });

  it('recognises a paragraph that was both moved and edited', () => {
    const oldText = join(P1, P2, P3, P4);
    const newText = join(P2.replace('a record', 'the highest since 1998'), P1, P3, P4);
    const { stats, changes } = compareTexts(oldText, newText);
    expect(stats).toMatchObject({ paragraphsMoved: 1, paragraphsChanged: 1, paragraphsAdded: 0, paragraphsRemoved: 0 });
    const inMoved = changes.filter((c) => c.moved);
    expect(inMoved.some((c) => c.op === 'move')).toBe(true);
    expect(inMoved.some((c) => c.op === 'replace' && newText.slice(...c.new).includes('highest since 1998'))).toBe(
      true,
    );
    expectPartition(oldText, newText, changes);
  });

  it('pairs every moved-and-edited paragraph of a long draft, among many cut and added ones', () => {
    const rng = seeded(20);
    const paragraphs = Array.from({ length: 760 }, () => generatedParagraph(rng));
    const oldText = join(...paragraphs);
    // 100 paragraphs move (each with one word changed), 500 are cut and 500 new ones written: far
    // more leftovers (600 × 600) than comparing all of them with each other would allow.
    const moved = new Set(Array.from({ length: 100 }, (_, i) => i * 6));
    const cut = new Set(
      paragraphs
        .map((_, i) => i)
        .filter((i) => !moved.has(i))
        .slice(0, 500),
    );
    const kept = paragraphs.filter((_, i) => !moved.has(i) && !cut.has(i));
    const edited = [...moved].map((i) => paragraphs[i]!.replace(/^\S+/, 'Meanwhile'));
    const fresh = Array.from({ length: 500 }, () => generatedParagraph(rng));
    const newParagraphs = [
      ...fresh.slice(0, 250),
      ...kept.slice(0, 80),
      ...edited.reverse(),
      ...kept.slice(80),
      ...fresh.slice(250),
    ];
    const newText = join(...newParagraphs);
    expect(oldText.split(/\s+/).length).toBeGreaterThan(50_000);
    const { stats, changes } = compareTexts(oldText, newText);
    // Every edited paragraph is paired with its old self (a move, or an edit in place where the diff
    // keeps it in order), and only the cut and new paragraphs are reported as removed and added.
    expect(stats).toMatchObject({ paragraphsChanged: 100, paragraphsAdded: 500, paragraphsRemoved: 500 });
    expect(stats.paragraphsMoved).toBeGreaterThan(90);
    for (const paragraph of edited) {
      const at = newText.indexOf(paragraph);
      expect(changes.some((c) => c.op === 'insert' && c.new[0] <= at && c.new[1] > at)).toBe(false);
    }
    expectPartition(oldText, newText, changes);
  });

  it('reports added and removed paragraphs, including at the ends and in empty texts', () => {
    for (const [oldText, newText] of [
      [join(P1, P2), join(P1, P2, P3)],
      [join(P1, P2), P2],
      ['', join(P1)],
      [join(P1), ''],
      ['', ''],
    ] as const) {
      const { changes } = compareTexts(oldText, newText);
      expectPartition(oldText, newText, changes);
      expect(apply(oldText, newText, changes)).toBe(newText);
    }
    expect(compareTexts(join(P1, P2), join(P1, P2, P3)).stats.paragraphsAdded).toBe(1);
    expect(compareTexts(join(P1, P2), P2).stats.paragraphsRemoved).toBe(1);
  });

  it('keeps offsets right around emoji and other non-BMP text', () => {
    const oldText = join('Fans 🎉 cheered 😀 loudly.', P2);
    const newText = join('Fans 🎉 cheered 😢 quietly.', P2);
    const { changes } = compareTexts(oldText, newText);
    expectPartition(oldText, newText, changes);
    const replaced = changes.filter((c) => c.op === 'replace').map((c) => newText.slice(...c.new));
    expect(replaced.join(' ')).toContain('😢');
  });

  const sentence = fc
    .array(draftWord, {
      minLength: 2,
      maxLength: 9,
    })
    .map((words) => `${words.join(' ')}.`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
  const draft = fc.array(paragraph, { minLength: 0, maxLength: 8 });
  const edit = fc.record({
    kind: fc.constantFrom('delete', 'insert', 'move', 'edit'),
    at: fc.nat(),
    to: fc.nat(),
    text: paragraph,
  });

  it('partitions both texts and rebuilds the new one, for random edits (property)', () => {
    fc.assert(
      fc.property(draft, fc.array(edit, { maxLength: 6 }), (paragraphs, edits) => {
        const next = [...paragraphs];
        for (const e of edits) {
          const at = next.length ? e.at % next.length : 0;
          if (e.kind === 'insert') next.splice(e.at % (next.length + 1), 0, e.text);
          else if (next.length === 0) continue;
          else if (e.kind === 'delete') next.splice(at, 1);
          else if (e.kind === 'move') next.splice(e.to % next.length, 0, ...next.splice(at, 1));
          else next[at] = `${next[at]!.slice(0, e.to % (next[at]!.length + 1))} ${e.text}`;
        }
        const oldText = paragraphs.join('\n\n');
        const newText = next.join('\n\n');
        const { changes, stats } = compareTexts(oldText, newText);
        expectPartition(oldText, newText, changes);
        expect(apply(oldText, newText, changes)).toBe(newText);
        expect(stats.similarity).toBeGreaterThanOrEqual(0);
        expect(stats.similarity).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
