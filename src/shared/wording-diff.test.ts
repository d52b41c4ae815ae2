import { describe, expect, it } from 'vitest';
import type { HistoryEvent, Version } from './model';
import { wordDiff, wordingChanges, wordingExcerpt } from './wording-diff';

const OLD = 'Senator Maria Okafor told a Senate committee on Tuesday';
const NEW = 'Senator Maria Okafor told the Senate intelligence committee on Tuesday';

describe('wording diff', () => {
  it('marks the words taken out and put in, and spells both wordings exactly', () => {
    const parts = wordDiff(OLD, NEW);
    expect(parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text.trim()])).toEqual([
      ['removed', 'a'],
      ['added', 'the'],
      ['added', 'intelligence'],
    ]);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(OLD);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(NEW);
  });

  it('shows only the changed stretch, with a neighbouring word for an insertion at its end', () => {
    expect(wordingExcerpt(wordDiff(OLD, NEW))).toEqual({
      before: 'a Senate committee',
      after: 'the Senate intelligence committee',
    });
  });

  it('takes the word before a cut at the start of the stretch', () => {
    expect(wordingExcerpt(wordDiff('spent nearly $4 billion', 'spent $4 billion'))).toEqual({
      before: 'spent nearly $4',
      after: 'spent $4',
    });
  });

  it('finds nothing to show when only the spacing differs', () => {
    expect(wordingExcerpt(wordDiff('a  b', 'a b'))).toEqual({ before: '', after: '' });
  });

  it('lists the history’s changes of wording with the version each belongs to', () => {
    const versions = [
      { n: 1, createdAt: '2026-01-01T00:00:00.000Z' },
      { n: 2, createdAt: '2026-01-02T00:00:00.000Z' },
    ] as Version[];
    const history: HistoryEvent[] = [
      { at: '2026-01-01T01:00:00.000Z', by: 'E', change: 'created', to: 'unchecked' },
      { at: '2026-01-02T00:00:00.000Z', by: 'E', change: 'anchor', from: OLD, to: NEW, note: 'Wording changed' },
      { at: '2026-01-02T00:00:00.000Z', by: 'E', change: 'anchor', from: 'x', to: 'x', note: 'Moved' },
      { at: '2026-01-02T00:00:00.000Z', by: 'E', change: 'anchor', from: 'y', to: '', note: 'Not found' },
    ];
    const changes = wordingChanges(history, versions);
    expect(changes.map((c) => [c.version, c.excerpt.before, c.excerpt.after])).toEqual([
      [2, 'a Senate committee', 'the Senate intelligence committee'],
    ]);
  });

  it('compares a quote loosely: case and the punctuation around words pass, other words do not', () => {
    const parts = wordDiff(
      'at this rate, every line will be gone by 2029.',
      'At this rate every line will be gone by 2028',
      {
        loose: true,
      },
    );
    expect(parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text.trim()])).toEqual([
      ['removed', '2029.'],
      ['added', '2028'],
    ]);
    expect(parts[0]).toEqual({ kind: 'same', text: 'At this rate every line will be gone by ' });
    expect(wordDiff('at this', 'At this').some((p) => p.kind !== 'same')).toBe(true);
  });
});
