import { describe, expect, it } from 'vitest';
import { paragraphSpans } from '../../../shared/text-shape';
import { batchEnd, estimatedLines, paragraphAt } from './progressive';

const spans = (...lengths: number[]): { start: number; end: number }[] => {
  let at = 0;
  return lengths.map((n) => {
    const span = { start: at, end: at + n };
    at += n + 2;
    return span;
  });
};

describe('batchEnd', () => {
  it('takes paragraphs until they hold the wanted characters', () => {
    const paragraphs = spans(100, 100, 100, 100, 100);
    expect(batchEnd(paragraphs, 0, 250)).toBe(3);
    expect(batchEnd(paragraphs, 3, 250)).toBe(5);
    expect(batchEnd(paragraphs, 0, 200)).toBe(2);
  });

  it('always takes one paragraph, however long, and stops at the end', () => {
    const paragraphs = spans(5000, 10);
    expect(batchEnd(paragraphs, 0, 100)).toBe(1);
    expect(batchEnd(paragraphs, 1, 100)).toBe(2);
    expect(batchEnd(paragraphs, 2, 100)).toBe(2);
    expect(batchEnd([], 0, 100)).toBe(0);
  });
});

describe('paragraphAt', () => {
  const text = 'One.\n\nTwo two.\n\nThree three three.';
  const paragraphs = paragraphSpans(text);

  it('finds the paragraph holding an offset, the separator counting with the one before', () => {
    expect(paragraphAt(paragraphs, 0)).toBe(0);
    expect(paragraphAt(paragraphs, 4)).toBe(0);
    expect(paragraphAt(paragraphs, 5)).toBe(0);
    expect(paragraphAt(paragraphs, text.indexOf('Two'))).toBe(1);
    expect(paragraphAt(paragraphs, text.indexOf('Three') + 3)).toBe(2);
    expect(paragraphAt(paragraphs, text.length)).toBe(2);
  });

  it('answers 0 for an empty draft', () => {
    expect(paragraphAt(paragraphSpans(''), 0)).toBe(0);
  });
});

describe('estimatedLines', () => {
  it('counts at least one line, and more for longer paragraphs', () => {
    expect(estimatedLines({ start: 0, end: 0 })).toBe(1);
    expect(estimatedLines({ start: 10, end: 95 })).toBe(1);
    expect(estimatedLines({ start: 10, end: 96 })).toBe(2);
    expect(estimatedLines({ start: 0, end: 850 })).toBe(10);
  });
});
