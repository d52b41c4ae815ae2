import { describe, expect, it } from 'vitest';
import { queryTerms, rank, snippetAround } from './rank';

describe('rank', () => {
  it('weighs fields, prefers word starts, rewards the phrase, and needs every word', () => {
    const title = [{ text: 'Water rates', weight: 4 }];
    const note = [{ text: 'Ask about water rates', weight: 1 }];
    const inside = [{ text: 'Freshwater rates', weight: 4 }];
    const terms = queryTerms('water rates');
    const score = (fields: typeof title): number => rank(fields, terms, 'water rates')?.score ?? -1;
    expect(score(title)).toBeGreaterThan(score(note));
    expect(score(title)).toBeGreaterThan(score(inside));
    expect(rank([{ text: 'Water only', weight: 4 }], terms, 'water rates')).toBeNull();
    const split = [{ text: 'Rates for water', weight: 4 }];
    expect(score(title)).toBeGreaterThan(score(split));
  });

  it('splits queries into distinct folded words and cuts snippets at spaces', () => {
    expect(queryTerms('  Señor, SEÑOR — 2024!  ')).toEqual(['senor', '2024']);
    const text = 'word '.repeat(60) + 'needle ' + 'word '.repeat(60);
    const snippet = snippetAround(text, text.indexOf('needle'));
    expect(snippet).toContain('needle');
    expect(snippet.startsWith('…word')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(122);
  });
});
