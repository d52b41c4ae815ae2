import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BagMaker, bagSimilarity, type Bag } from './paragraph-bags';
import { SimilarCandidates } from './similar-candidates';

/** Paragraphs from a few words, so that many pairs are alike; some short, some long, some empty. */
const paragraph = fc
  .array(fc.constantFrom('the', 'vote', 'council', '49', 'percent', 'Ruiz', 'said', 'é', 'budget', 'rose'), {
    maxLength: 40,
  })
  .map((words) => words.join(' '));

describe('SimilarCandidates', () => {
  it('never misses a paragraph similar enough to the query (property, against comparing all)', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 25 }),
        fc.array(paragraph, { minLength: 1, maxLength: 10 }),
        fc.constantFrom(0.4, 0.5, 0.7),
        (indexed, queries, threshold) => {
          const maker = new BagMaker();
          const bags: Bag[] = indexed.map((text) => maker.bag(text));
          const members = bags.map((_, i) => i);
          const index = new SimilarCandidates(bags, members, threshold);
          for (const text of queries) {
            const query = maker.bag(text);
            const found = index.of(query);
            const expected = members.filter((at) => bagSimilarity(bags[at]!, query) >= threshold);
            for (const at of expected) expect(found).toContain(at);
            expect(found).toEqual([...found].sort((a, b) => a - b));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names few candidates among many unrelated paragraphs', () => {
    const maker = new BagMaker();
    const texts = Array.from({ length: 300 }, (_, i) =>
      Array.from({ length: 40 }, (_, w) => `w${(i * 7919 + w * 104729) % 5000}`).join(' '),
    );
    const bags = texts.map((text) => maker.bag(text));
    const index = new SimilarCandidates(
      bags,
      bags.map((_, i) => i),
      0.5,
    );
    const query = maker.bag(texts[123]!.replace(/\S+$/, 'changed'));
    const found = index.of(query);
    expect(found).toContain(123);
    expect(found.length).toBeLessThan(10);
  });
});
