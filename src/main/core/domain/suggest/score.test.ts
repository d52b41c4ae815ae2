import { describe, expect, it } from 'vitest';
import { FEATURES, scoreSentence } from './score';
import { suggestClaims } from './suggest';

const score = (s: string): number => scoreSentence(s).score;

describe('scoreSentence', () => {
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

  it('scores questions, greetings, opinions and procedure low', () => {
    for (const s of [
      'Is this really what we want for our children?',
      'Thank you all for coming out tonight!',
      'I believe we deserve a better city.',
      'Next question, please.',
      'Good morning, everyone.',
    ]) {
      expect(score(s), s).toBeLessThan(0.5);
    }
  });

  it('marks typical check-worthy sentences as such, with a kind and a reason', () => {
    expect(
      scoreSentence('Unemployment fell to 4.1 percent in March, the lowest since 2001, the bureau reported.'),
    ).toMatchObject({
      kind: 'comparison',
      reason: expect.stringContaining('number'),
    });
    expect(scoreSentence('The statute requires the board to publish its minutes within 30 days.').kind).toBe(
      'law-rule',
    );
    expect(scoreSentence('The closures were caused by a shortage of 40 nurses, the hospital said.').kind).toBe(
      'causal',
    );
    expect(scoreSentence('The authority replaced 4,120 lead lines last year.')).toMatchObject({ kind: 'statistic' });
    expect(score('The authority replaced 4,120 lead lines last year.')).toBeGreaterThanOrEqual(0.5);
  });

  it('is deterministic and stays in [0, 1]', () => {
    const s = 'Sen. Ortiz said the state spent $12 billion, twice as much as in 2015.';
    expect(scoreSentence(s)).toEqual(scoreSentence(s));
    for (const text of ['', 'x', '?', '1 2 3 4 5 6 7 8 9 % $ million said law because will highest']) {
      expect(score(text)).toBeGreaterThanOrEqual(0);
      expect(score(text)).toBeLessThanOrEqual(1);
    }
  });

  it('has each feature fire on its own cue and stay silent on a plain sentence', () => {
    const cues: Record<string, string> = {
      number: 'The plant employs 340 people.',
      percent: 'Turnout reached 61% on Sunday.',
      money: 'The bridge cost $4.2 million.',
      quantity: 'Three of the five members voted no.',
      date: 'The mill closed in March 2021.',
      comparison: 'Crime fell sharply.',
      superlative: 'It was the largest strike on record.',
      attribution: 'The mayor said the plan was ready.',
      named: 'The report was sent to Dana Okafor yesterday.',
      organisation: 'The Harbor Authority approved it.',
      causal: 'The delay was caused by the storm.',
      prediction: 'The line is expected to open soon.',
      law: 'The ordinance requires a public hearing.',
      question: 'Did the council vote on it?',
      greeting: 'Thank you all for coming tonight.',
      procedure: 'Next question, please, from the back.',
      opinion: 'I think this plan is terrible for us.',
      hedge: 'The figures might change again later.',
      call: 'Join us at the rally on the weekend.',
      heading: 'Council Approves Harbor Budget Plan',
      short: 'It rained.',
      exclaim: 'What a night it was for everyone!',
    };
    const plain = 'the meeting went on for a while and people talked about it.';
    for (const feature of FEATURES) {
      expect(cues[feature.id], `a cue for ${feature.id}`).toBeDefined();
      expect(feature.test(cues[feature.id]!), feature.id).toBe(true);
      expect(feature.test(plain), `${feature.id} on a plain sentence`).toBe(false);
    }
  });

  it('documents every feature with a reason and a non-zero weight', () => {
    for (const feature of FEATURES) {
      expect(feature.reason.length).toBeGreaterThan(3);
      expect(feature.weight).not.toBe(0);
    }
  });
});

describe('suggestClaims', () => {
  it('lists every sentence in text order with tagged, dismissed and new flags', () => {
    const text =
      'Budget vote delayed\n\nThe council spent $4 million in 2024. Thank you all.\n\nFares rose 12 percent.';
    const result = suggestClaims(text, {
      claims: [{ start: text.indexOf('Fares'), end: text.length }],
      dismissed: new Set(['Thank you all.']),
      previous: 'The council spent $4 million in 2024.',
    });
    expect(result.map((s) => [s.text, s.checkworthy, s.tagged, s.dismissed, s.isNew])).toEqual([
      ['Budget vote delayed', false, false, false, true],
      ['The council spent $4 million in 2024.', true, false, false, false],
      ['Thank you all.', false, false, true, true],
      ['Fares rose 12 percent.', true, true, false, true],
    ]);
    for (const s of result) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
