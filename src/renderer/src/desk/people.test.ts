import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/model';
import { articlesFor, deskPeople, personFrom, personMatches, personValue } from './people';

const entry = (id: string, assignees?: string[]): ArticleSummary => ({
  id,
  title: id,
  versionCount: 1,
  claimCount: 1,
  verifiedCount: 0,
  settledCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...(assignees ? { assignees } : {}),
});

describe('the desk’s people', () => {
  it('are the members, the editor and everyone already assigned, each once, in alphabetical order', () => {
    expect(
      deskPeople({ members: ['Ruth', 'amara ', 'José'], me: 'Amara', assigned: ['jose', 'Kwame', undefined, ' '] }),
    ).toEqual(['amara', 'José', 'Kwame', 'Ruth']);
  });

  it('are the editor alone when there is no members list and nothing is assigned', () => {
    expect(deskPeople({ me: 'Ann' })).toEqual(['Ann']);
    expect(deskPeople({})).toEqual([]);
  });
});

describe('filtering by person', () => {
  it('matches the editor’s own name for "me", ignoring case and accents', () => {
    expect(personMatches(['Jose Pena'], 'me', 'José Peña')).toBe(true);
    expect(personMatches(['Ruth'], 'me', 'José Peña')).toBe(false);
    expect(personMatches([], 'nobody', 'Ann')).toBe(true);
    expect(personMatches(['Ann'], 'nobody', 'Ann')).toBe(false);
    expect(personMatches([], 'any', 'Ann')).toBe(true);
  });

  it('keeps the articles with work for that person', () => {
    const articles = [entry('a', ['Ruth', 'Ann']), entry('b', ['Kwame']), entry('c')];
    expect(articlesFor(articles, { name: 'ruth' }, 'Ann').map((a) => a.id)).toEqual(['a']);
    expect(articlesFor(articles, 'me', 'Ann').map((a) => a.id)).toEqual(['a']);
    expect(articlesFor(articles, 'nobody', 'Ann').map((a) => a.id)).toEqual(['c']);
    expect(articlesFor(articles, 'any', 'Ann')).toHaveLength(3);
  });

  it('goes through a select’s value and back unchanged', () => {
    for (const filter of ['any', 'me', 'nobody', { name: 'name:odd' }] as const) {
      expect(personFrom(personValue(filter))).toEqual(filter);
    }
    expect(personFrom('something else')).toBe('any');
  });
});
