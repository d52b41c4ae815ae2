import fc from 'fast-check';

/** Short paragraphs shared by the compare and re-anchoring tests. */
export const P1 = 'The council approved the budget on Tuesday. It passed 7 to 2.';
export const P2 = 'Turnout was 49 percent, the mayor said. That is a record.';
export const P3 = 'Critics said the vote was rushed.';
export const P4 = 'The next meeting is in March.';

/** Paragraphs → a draft (one blank line between them). */
export const join = (...paragraphs: string[]): string => paragraphs.join('\n\n');

/** Words for generated drafts: figures, a name, an accent and an emoji (a surrogate pair). */
export const draftWord = fc.constantFrom(
  'the',
  'council',
  'voted',
  '49',
  'percent',
  'Mayor',
  'Ruiz',
  'said',
  '3.5',
  'million',
  'é',
  '🎉',
  'on',
);

/** A seeded generator (mulberry32): the same seed gives the same draft on every machine. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  'the council budget water authority residents said report percent million city county state program ' +
  'officials year data spending crews lines lead pipes schools hospital police court judge senator committee ' +
  'hearing testimony vote plan cost tax rate increase decline record survey study according to more than ' +
  'agency department director mayor governor district board members staff contract audit inspection results'
).split(' ');

/** A paragraph of 3–6 sentences of 10–20 words, figures among them. */
export function generatedParagraph(rng: () => number): string {
  const sentences = Array.from({ length: 3 + Math.floor(rng() * 4) }, () => {
    const words = Array.from({ length: 10 + Math.floor(rng() * 11) }, () =>
      rng() < 0.08 ? String(Math.floor(rng() * 10_000)) : VOCABULARY[Math.floor(rng() * VOCABULARY.length)]!,
    );
    return `${words.join(' ')}.`;
  });
  return sentences.join(' ');
}
