import { describe, expect, it } from 'vitest';
import { buildLocatorIndex, locateIn } from './locate';
import { VOCABULARY } from './quote-anchoring.fixture';

/** A small seeded generator, so that every run bends the same excerpts the same way. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomDocument(words: number, next: () => number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const word = VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
    out.push(i % 17 === 16 ? `${word}.\n\n` : `${word} `);
  }
  return out.join('').trim();
}

/**
 * A typo in one word, one word dropped and one changed, at random places inside a list of words (not
 * the first two or last two: at the very edge a changed word may as well be a dropped one).
 */
function bend(words: string[], next: () => number): string[] {
  const bent = [...words];
  const at = (): number => 2 + Math.floor(next() * (bent.length - 4));
  const typo = at();
  const word = bent[typo]!;
  if (word.length > 4) bent[typo] = `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
  bent.splice(at(), 1);
  bent[at()] = 'kettle';
  return bent;
}

describe('locating bent excerpts in a document of a few recurring words', () => {
  const next = seeded(2026);
  const text = randomDocument(4_000, next);
  const index = buildLocatorIndex(text);
  const spaces = [...text.matchAll(/\s+/g)].map((m) => m.index + m[0].length);

  it('lands every one within a word of its place', () => {
    for (let trial = 0; trial < 150; trial++) {
      const length = 10 + Math.floor(next() * 50);
      const first = Math.floor(next() * (spaces.length - length - 1));
      const start = spaces[first]!;
      const end = spaces[first + length]!;
      const original = text.slice(start, end).trim();
      const excerpt = bend(original.split(/\s+/), next).join(' ');
      const result = locateIn(index, excerpt);
      expect(result.kind, `trial ${trial}: ${original}`).toBe('approximate');
      if (result.kind === null) continue;
      expect(Math.abs(result.start - start), `trial ${trial}`).toBeLessThanOrEqual(12);
      expect(Math.abs(result.end - (start + original.length)), `trial ${trial}`).toBeLessThanOrEqual(12);
    }
  });

  it('finds nothing for sequences of the same words in another order', () => {
    for (let trial = 0; trial < 50; trial++) {
      const excerpt = randomDocument(12 + Math.floor(next() * 30), next);
      expect(locateIn(index, excerpt), `trial ${trial}: ${excerpt}`).toEqual({ kind: null });
    }
  });
});
