import { describe, expect, it } from 'vitest';
import { quotedWords } from './quoted-words';

describe('quotedWords', () => {
  it('takes the words inside typographic quotation marks', () => {
    expect(quotedWords('The senator said: \u201cThe Senate committee found no evidence.\u201d')).toEqual([
      'The Senate committee found no evidence.',
    ]);
  });

  it('takes the words inside straight quotation marks and drops a trailing comma', () => {
    expect(quotedWords('"We will cut taxes for everyone," the minister said.')).toEqual([
      'We will cut taxes for everyone',
    ]);
  });

  it('keeps each piece of a quote given in pieces', () => {
    expect(
      quotedWords('She called it \u201ca total and complete failure\u201d and \u201cthe worst deal ever made\u201d.'),
    ).toEqual(['a total and complete failure', 'the worst deal ever made']);
  });

  it('leaves out scare quotes and falls back to the whole claim', () => {
    const claim = 'The so-called \u201creform\u201d raised prices by 12 percent.';
    expect(quotedWords(claim)).toEqual([claim]);
  });

  it('takes single typographic quotes when there are no double ones', () => {
    expect(quotedWords('He wrote \u2018nobody saw the report before May\u2019 in his memo.')).toEqual([
      'nobody saw the report before May',
    ]);
  });

  it('ignores an opening mark that is never closed', () => {
    expect(quotedWords('\u201cWe never said that at all')).toEqual(['\u201cWe never said that at all']);
  });
});
