import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { buildBm25, searchBm25 } from './bm25';

const terms = (text: string): string[] => analyze(text).tokens.map((t) => t.term);

describe('analyze', () => {
  it('writes a number one way however it is written', () => {
    for (const text of ['3.5 million', '3,500,000', '3.5m', '3500000']) expect(terms(text)).toEqual(['#3500000']);
    expect(terms('twelve million')).toEqual(['#12000000']);
    expect(terms('eight hundred')).toEqual(['#800']);
    expect(terms('12%')).toEqual(terms('12 percent'));
    expect(terms('12 per cent')).toEqual(['#12', 'percent']);
    expect(terms('$1.2bn')).toEqual(['dollar', '#1200000000']);
  });

  it('drops links and emoji, and splits hashtags and mentions into words', () => {
    expect(terms('Fires 🔥 https://t.co/abc #AustralianFires @realDonaldTrump pic.twitter.com/x')).toEqual([
      'fire',
      'australian',
      'fire',
      'real',
      'donald',
      'trump',
    ]);
    expect(terms('#Minecrafthttps://t.co/V4L')).toEqual(['minecraft']);
  });

  it('folds names: accents, possessives, acronyms and dotted initials', () => {
    expect(terms("José Peña's")).toEqual(terms('Jose Pena'));
    expect(terms('AOC')).toEqual(terms('Alexandria Ocasio-Cortez'));
    expect(terms('the U.S. and the GOP')).toEqual(terms('the USA and the Republicans'));
    // "who" the pronoun is a stop word; "WHO" the body is not.
    expect(terms('who said it')).toEqual([]);
    expect(terms('WHO')).toEqual(terms('World Health Organization'));
  });

  it('marks names and the words a negation covers, with their offsets', () => {
    const text = 'Officials said Smith did not raise taxes. Taxes rose.';
    const { tokens } = analyze(text);
    expect(tokens.filter((t) => t.name).map((t) => text.slice(t.start, t.end))).toEqual(['Smith']);
    expect(tokens.filter((t) => t.negated).map((t) => text.slice(t.start, t.end))).toEqual(['raise', 'taxes']);
  });
});

describe('BM25', () => {
  it('ranks the entry with the rarer shared term first, and the shorter of two equal ones', () => {
    const index = buildBm25([
      { text: ['tax', 'cut', 'farm'], title: [] },
      { text: ['tax', 'rise'], title: [] },
      { text: ['tax', 'cut'], title: [] },
      { text: ['road'], title: ['tax'] },
    ]);
    const ranked = searchBm25(
      index,
      new Map([
        ['cut', 1],
        ['tax', 1],
      ]),
      10,
    ).map((h) => h.n);
    expect(ranked).toEqual([2, 0, 1, 3]);
    expect(searchBm25(index, new Map([['moon', 1]]), 10)).toEqual([]);
  });
});
