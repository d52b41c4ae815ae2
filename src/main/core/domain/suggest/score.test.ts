import { describe, expect, it } from 'vitest';
import { shippedModel } from './model-file';
import { CHECKWORTHY, scoreSentences } from './score';

const scored = (sentence: string) => scoreSentences([sentence], shippedModel())[0]!;
const score = (sentence: string): number => scored(sentence).score;

describe('scoreSentences with the shipped model', () => {
  it('scores a sentence higher for each factual marker added (minimal pairs)', () => {
    const pairs: [string, string][] = [
      ['Crime rose.', 'Crime rose 12% in 2009, the ministry said.'],
      ['The program costs money.', 'The program costs $4.2 million a year.'],
      ['Turnout was high.', 'Turnout was the highest since 1998.'],
      ['The council met on the budget.', 'The council approved the budget on Tuesday, the clerk said.'],
      ['Prices went up.', 'Prices went up because the tariff doubled.'],
      ['The city has plans.', 'The law requires a public hearing before any rate increase.'],
    ];
    for (const [plain, factual] of pairs) expect(score(factual), factual).toBeGreaterThan(score(plain));
  });

  it('keeps questions, greetings, opinions and procedure below the threshold', () => {
    for (const s of [
      'Is this really what we want for our children?',
      'Thank you all for coming out tonight!',
      'I believe we deserve a better city.',
      'Next question, please.',
      'Good morning, everyone.',
    ]) {
      expect(score(s), s).toBeLessThan(CHECKWORTHY);
    }
  });

  it('explains a suggestion by its strongest contributions', () => {
    expect(scored('The program costs $4.2 million a year.').reason).toMatch(/money/);
    expect(scored('Unemployment fell to 4.1 percent in March, the lowest since 2001.').reason).toMatch(/number/);
    expect(scored('Thank you all for coming out tonight!').reason).toBe('no factual markers');
    const reason = scored('Crime rose 12% in 2009, the ministry said.').reason;
    expect(reason.split(' + ').length).toBeLessThanOrEqual(3);
  });

  it('counts the sentence before: a figure after a question differs from the same figure alone', () => {
    const alone = score('We cut taxes by $2 billion.');
    const [, after] = scoreSentences(['How much did you cut?', 'We cut taxes by $2 billion.'], shippedModel());
    expect(after!.score).not.toBe(alone);
  });

  it('is deterministic and stays in [0, 1]', () => {
    const s = 'Sen. Ortiz said the state spent $12 billion, twice as much as in 2015.';
    expect(scored(s)).toEqual(scored(s));
    for (const text of ['', 'x', '?', '1 2 3 4 5 6 7 8 9 % $ million said law because will highest']) {
      expect(score(text)).toBeGreaterThanOrEqual(0);
      expect(score(text)).toBeLessThanOrEqual(1);
    }
  });
});
