import { describe, expect, it } from 'vitest';
import { Code, hashFrom, hashName, sentenceInfo, sentenceVector, textVectors, tokens } from './features';
import { RULES } from './rules';

const SETTINGS = { bits: 16, charMin: 3, charMax: 0 };

describe('tokens', () => {
  it('lower-cases words and writes numbers as their shape', () => {
    expect(tokens('Crime ROSE 12.5% to $4,120 in 2019, the mayor’s count.')).toEqual(
      "crime rose 00.0 % to $ 0,000 in 0000 the mayor's count".split(' '),
    );
  });
});

describe('hashing', () => {
  it('hashes a pair continued from its first word exactly as the whole name', () => {
    expect(hashFrom(hashFrom(hashName('w:cut'), ' '), 'taxes')).toBe(hashName('w:cut taxes'));
    expect(hashName('w:tax')).not.toBe(hashName('w:tab'));
  });
});

describe('sentenceVector', () => {
  const sentences = ['What did the report find?', 'Crime rose 12% in 2019, the ministry said.', 'Thank you.'];
  const infos = sentences.map(sentenceInfo);
  const codes = (i: number): number[] => sentenceVector(infos, i, SETTINGS).code!;
  const rule = (id: string): number => RULES.findIndex((r) => r.id === id);

  it('has the sentence’s own rules, words, pairs and shape', () => {
    const vector = sentenceVector(infos, 1, SETTINGS);
    expect(vector.code).toContain(Code.Rule + rule('percent'));
    expect(vector.code).toContain(Code.Rule + rule('attribution'));
    expect(vector.code).not.toContain(Code.Rule + rule('question'));
    expect(vector.code!.filter((c) => c - (c & 0xffff) === Code.Word)).toHaveLength(tokens(sentences[1]!).length);
    expect(infos[1]!.shape).toEqual(['len:1', 'cap:0', 'num:2']);
    for (const slot of vector.index) expect(slot).toBeLessThan(1 << SETTINGS.bits);
  });

  it('carries the neighbours’ rules as context: a question before, thanks after', () => {
    expect(codes(1)).toContain(Code.PrevRule + rule('question'));
    expect(codes(1)).toContain(Code.NextRule + rule('greeting'));
    expect(codes(0).some((c) => c - (c & 0xffff) === Code.PrevRule)).toBe(false);
  });

  it('adds character n-grams only when asked for', () => {
    const withGrams = sentenceVector(infos, 1, { ...SETTINGS, charMin: 3, charMax: 4 });
    expect(withGrams.code!.filter((c) => c === Code.Gram).length).toBeGreaterThan(20);
    expect(codes(1)).not.toContain(Code.Gram);
  });

  it('is deterministic', () => {
    expect(textVectors(sentences, SETTINGS)).toEqual(textVectors([...sentences], SETTINGS));
  });
});
