import { describe, expect, it } from 'vitest';
import { ruleHits } from './features';
import { kindOf } from './kinds';

const kind = (sentence: string): string => kindOf(ruleHits(sentence), sentence);

describe('kindOf', () => {
  it('gives each kind its typical sentence', () => {
    const cases: [string, string][] = [
      ['The authority replaced 4,120 lead lines last year.', 'statistic'],
      ['Unemployment fell to 4.1 percent in March, the lowest since 2001, the bureau reported.', 'comparison'],
      ['The statute requires the board to publish its minutes within 30 days.', 'law-rule'],
      ['The closures were caused by a shortage of 40 nurses, the hospital said.', 'causal'],
      ['The utility said rates will rise 6.5% on Jan. 1.', 'prediction'],
      ['The Pine Falls paper mill closed on March 14, 2021, after 73 years in operation.', 'event-date'],
      ['“We have never laid off a single teacher in this district,” the superintendent told the board.', 'quote'],
      ['The board voted unanimously to accredit the police department.', 'attribution'],
      ['The clinic has no licensed pharmacist.', 'other'],
    ];
    for (const [sentence, expected] of cases) expect(kind(sentence), sentence).toBe(expected);
  });

  it('reads "more than 800" as a figure, not a comparison', () => {
    expect(kind('Local shops employ more than 800 people in Pine Falls.')).toBe('statistic');
    expect(kind('Turnout was higher than in any election since the war.')).toBe('comparison');
  });

  it('does not take a date for a statistic, nor a name with "Law" in it for a rule', () => {
    expect(kind('The levee was last inspected in 2016, according to state records.')).toBe('event-date');
    expect(kind('The Law Enforcement Standards Board voted to accredit the department.')).toBe('attribution');
  });
});
