import { describe, expect, it } from 'vitest';
import { buildLocatorIndex, frequency, pairStretch } from './locator-index';

describe('the locator index', () => {
  const text = 'Vote, then vote again; THEN a vote. Ça vote — ca vote';
  const index = buildLocatorIndex(text);
  const id = (word: string): number => index.numbers.get(word) ?? -1;

  it('numbers each folded word once and keeps every word’s place', () => {
    expect(index.vocabulary).toEqual(['vote', 'then', 'again', 'a', 'ca']);
    expect([...index.ids]).toEqual([0, 1, 0, 2, 1, 3, 0, 4, 0, 4, 0]);
    expect(text.slice(index.starts[5], index.ends[5])).toBe('a');
    expect(text.slice(index.starts[7], index.ends[7])).toBe('Ça');
    expect(frequency(index, id('vote'))).toBe(5);
    expect(frequency(index, -1)).toBe(0);
  });

  it('finds every place of a word pair, and only those', () => {
    const places = (left: string, right: string): number[] => {
      const [from, to] = pairStretch(index, id(left), id(right));
      return [...index.positions.slice(from, to)].sort((a, b) => a - b);
    };
    expect(places('ca', 'vote')).toEqual([7, 9]);
    expect(places('vote', 'then')).toEqual([0]);
    expect(places('then', 'vote')).toEqual([1]);
    expect(places('vote', 'ca')).toEqual([6, 8]);
    expect(places('again', 'vote')).toEqual([]);
  });
});
