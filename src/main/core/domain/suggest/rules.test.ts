import { describe, expect, it } from 'vitest';
import { RULES } from './rules';

describe('RULES', () => {
  it('has each rule fire on its own cue and stay silent on a plain sentence', () => {
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
    for (const rule of RULES) {
      expect(cues[rule.id], `a cue for ${rule.id}`).toBeDefined();
      expect(rule.test(cues[rule.id]!), rule.id).toBe(true);
      expect(rule.test(plain), `${rule.id} on a plain sentence`).toBe(false);
    }
  });

  it('names every rule once, with a reason the editor can read', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.reason.length).toBeGreaterThan(3);
  });
});
