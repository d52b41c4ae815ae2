import { describe, expect, it } from 'vitest';
import type { Claim, Evidence } from '../../../shared/model';
import { buildLocatorIndex, locateIn } from '../locate/locate';
import type { AttachedText } from './attached-text';
import { checkClaimAgainstSources, type LocateInDocument } from './check-claim';

/** A two-page transcript: the words of each page are known. */
const PAGE_ONE = 'Opening statement of the chair. The hearing will come to order and the witnesses are sworn in.';
const PAGE_TWO =
  'The Senate intelligence committee found no evidence that the ballots were altered in any county we examined.';
const transcript: AttachedText = {
  sha256: 'a'.repeat(64),
  fileName: 'hearing.pdf',
  text: `${PAGE_ONE}\n\n${PAGE_TWO}`,
  pages: [
    { page: 1, start: 0, end: PAGE_ONE.length },
    { page: 2, start: PAGE_ONE.length + 2, end: PAGE_ONE.length + 2 + PAGE_TWO.length },
  ],
  paragraphs: [
    { start: 0, end: PAGE_ONE.length },
    { start: PAGE_ONE.length + 2, end: PAGE_ONE.length + 2 + PAGE_TWO.length },
  ],
};
const notes: AttachedText = {
  sha256: 'b'.repeat(64),
  fileName: 'notes.md',
  text: 'First paragraph about budgets.\n\nSecond paragraph: unemployment fell to 4.1 percent in March.',
  paragraphs: [
    { start: 0, end: 30 },
    { start: 32, end: 94 },
  ],
};
const DOCUMENTS: Record<string, AttachedText[]> = { hearing: [transcript], notes: [notes], empty: [] };

const locate: LocateInDocument = (document, passage, context) =>
  locateIn(buildLocatorIndex(document.text), passage, context);

function claim(text: string, kind: Claim['kind'], evidence: Partial<Evidence>[]): Claim {
  return {
    id: 'a1-c1',
    kind,
    anchor: { version: 1, start: 0, end: text.length, exact: text, prefix: '', suffix: '' },
    evidence: evidence.map((e, i) => ({
      id: `e${i}`,
      sourceId: 'hearing',
      relation: 'supports',
      addedAt: '2026-01-01T00:00:00Z',
      addedBy: 'Rosa',
      ...e,
    })),
  } as Claim;
}

const check = (c: Claim) => checkClaimAgainstSources(c, (id) => DOCUMENTS[id] ?? [], locate);

describe('checking a claim against its sources’ documents', () => {
  it('finds an excerpt word for word, on its page', () => {
    const result = check(claim('x', 'statistic', [{ excerpt: 'found no evidence that the ballots were altered' }]));
    expect(result.excerpts).toEqual([
      {
        evidenceId: 'e0',
        finding: 'exact',
        found: expect.objectContaining({ page: 2, fileName: 'hearing.pdf', score: 1 }) as unknown,
      },
    ]);
  });

  it('finds an excerpt with a typo as approximate and gives the document’s words', () => {
    const [found] = check(
      claim('x', 'statistic', [{ excerpt: 'found no evidnce that the ballots were changed' }]),
    ).excerpts;
    expect(found!.finding).toBe('approximate');
    expect(found!.found!.text).toMatch(/^found no evidence that the ballots were/);
    expect(found!.found!.page).toBe(2);
  });

  it('counts paragraphs where the document has no pages', () => {
    const [found] = check(
      claim('x', 'statistic', [{ sourceId: 'notes', excerpt: 'unemployment fell to 4.1 percent' }]),
    ).excerpts;
    expect(found).toMatchObject({ finding: 'exact', found: { paragraph: 2 } });
    expect(found!.found!.page).toBeUndefined();
  });

  it('reports an excerpt that is not in the document, and a source with no text to search', () => {
    const result = check(
      claim('x', 'statistic', [
        { excerpt: 'The governor vetoed the pension bill on Tuesday evening after a long debate.' },
        { sourceId: 'empty', excerpt: 'anything at all here' },
        { sourceId: 'notes' },
      ]),
    );
    expect(result.excerpts.map((e) => e.finding)).toEqual(['not-found', 'no-text']);
  });

  it('compares a quote with the passage it quotes and keeps the document’s words', () => {
    const result = check(
      claim('She told reporters: “The Senate committee found no evidence that the ballots were altered.”', 'quote', [
        {},
      ]),
    );
    expect(result.quote).toMatchObject({
      quoted: 'The Senate committee found no evidence that the ballots were altered.',
      finding: 'approximate',
      sourceId: 'hearing',
      found: { page: 2 },
    });
    expect(result.quote!.found!.text).toContain('Senate intelligence committee');
  });

  it('confirms a quote given word for word, and names the worst piece of a quote in pieces', () => {
    expect(check(claim('“the witnesses are sworn in”', 'quote', [{}])).quote).toMatchObject({ finding: 'exact' });
    const pieces = check(
      claim('“the witnesses are sworn in” and “the budget doubled every single year”', 'quote', [{}]),
    );
    expect(pieces.quote).toMatchObject({ quoted: 'the budget doubled every single year', finding: 'not-found' });
  });

  it('checks no quote for other kinds of claims, nor for a quote that cites nothing', () => {
    expect(check(claim('“the witnesses are sworn in”', 'statistic', [{}])).quote).toBeUndefined();
    expect(check(claim('“the witnesses are sworn in”', 'quote', [])).quote).toBeUndefined();
  });

  it('takes back in the words at the ends of a quote that the source has otherwise, and lets case pass', () => {
    const cased = check(claim('“The hearing will come to order, and the witnesses are sworn in”', 'quote', [{}]));
    expect(cased.quote).toMatchObject({ finding: 'exact' });
    const ending = check(claim('“found no evidence that the ballots were altered in any city”', 'quote', [{}]));
    expect(ending.quote!.found!.text).toBe('found no evidence that the ballots were altered in any county');
  });
});
