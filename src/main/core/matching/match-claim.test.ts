import { describe, expect, it } from 'vitest';
import type { MatchReason } from '../../../shared/matching';
import { matchClaim } from './match-claim';
import { buildMatchIndex } from './match-index';
import { ARCHIVE, QUERIES } from './matching-fixture';

const index = buildMatchIndex(ARCHIVE);
const textOf = (id: string): string => ARCHIVE.find((e) => e.id === id)!.text;
const reason = <K extends MatchReason['kind']>(reasons: MatchReason[], kind: K) =>
  reasons.find((r): r is Extract<MatchReason, { kind: K }> => r.kind === kind);

describe('matchClaim on the labelled set', () => {
  it.each(QUERIES)('finds “$expected” first for: $text', ({ text, expected }) => {
    const matches = matchClaim(index, text, { top: 3 });
    expect(matches[0]?.id).toBe(expected);
    expect(matches.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < matches.length; i++) expect(matches[i]!.score).toBeLessThanOrEqual(matches[i - 1]!.score);
  });

  it('ranks the negated claim below the one the query repeats, and says why', () => {
    const matches = matchClaim(index, 'City council votes to ban plastic bags in supermarkets', { top: 2 });
    expect(matches.map((m) => m.id)).toEqual(['bags', 'bags-not']);
    expect(matches[0]!.score).toBeGreaterThan(matches[1]!.score);
    expect(reason(matches[1]!.reasons, 'negation')).toEqual({
      kind: 'negation',
      negated: 'archive',
      words: ['vote', 'ban', 'plastic'],
    });
    expect(reason(matches[0]!.reasons, 'negation')).toBeUndefined();
  });

  it('gives the same number written another way as a shared number', () => {
    const [match] = matchClaim(index, 'Record year for the ferry: 3.5 million people took it in 2023!', { top: 1 });
    expect(reason(match!.reasons, 'numbers')?.values).toEqual(['3,500,000', '2023']);
  });

  it('gives other spellings of a name as shared names', () => {
    const [pena] = matchClaim(index, 'Jose Pena won the Springfield mayor race with 61% of votes', { top: 1 });
    expect(reason(pena!.reasons, 'names')?.names).toEqual(['José', 'Peña', 'Springfield']);
    expect(reason(pena!.reasons, 'numbers')?.values).toEqual(['61']);
    const [aoc] = matchClaim(index, 'AOC wants to abolish daylight saving time with a new bill', { top: 1 });
    expect(reason(aoc!.reasons, 'names')?.names).toEqual(['Alexandria', 'Ocasio', 'Cortez']);
  });

  it('points at the matching passage with offsets that highlight the shared words', () => {
    const query = 'Shark spotted swimming down the flooded highway after the hurricane 😱';
    const [match] = matchClaim(index, query, { top: 1 });
    const passage = reason(match!.reasons, 'passage')!;
    const text = textOf('shark-flood');
    expect(passage.field).toBe('text');
    expect(text.slice(passage.span.start, passage.span.end)).toBe(passage.text);
    expect(passage.words.map((w) => text.slice(w.start, w.end))).toEqual([
      'shark',
      'swimming',
      'flooded',
      'highway',
      'hurricane',
    ]);
    expect(passage.queryWords.map((w) => query.slice(w.start, w.end))).toEqual([
      'Shark',
      'swimming',
      'flooded',
      'highway',
      'hurricane',
    ]);
    expect(reason(match!.reasons, 'terms')?.terms).toContain('shark');
  });

  it('answers nothing for a claim that shares no word with the archive, and honours top', () => {
    expect(matchClaim(index, 'Zebras quarrel quietly 🦓 https://t.co/zzz')).toEqual([]);
    expect(matchClaim(index, 'the council and the city', { top: 1 })).toHaveLength(1);
  });
});

describe('buildMatchIndex', () => {
  it('refuses an id given twice or an entry without text', () => {
    expect(() => buildMatchIndex([ARCHIVE[0]!, ARCHIVE[0]!])).toThrow(/given twice/);
    expect(() => buildMatchIndex([{ id: 'x', text: '  ' }])).toThrow(/no claim text/);
  });
});
