import { CLAIM_STATUSES, type Article, type Claim, type Source } from '../src/shared/model';
import { generateDraft, random } from './generate-draft';

/** A checked article of realistic shape: `claims` claims with evidence and history, `sources` sources. */
export function generateCheckedArticle(
  words: number,
  claims: number,
  sourceCount: number,
  seed: number,
): { article: Article; sources: Source[] } {
  const rng = random(seed);
  const text = generateDraft(words, seed);
  const at = '2026-11-30T09:00:00.000Z';
  const sources: Source[] = Array.from({ length: sourceCount }, (_, i) => ({
    id: `s${String(i).padStart(12, '0')}`,
    kind: 'document',
    title: `Budget document ${i}`,
    url: `https://example.org/doc/${i}`,
    publisher: 'Harborview Public Water Authority',
    createdAt: at,
    updatedAt: at,
  }));
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  const list: Claim[] = Array.from({ length: claims }, (_, i) => {
    const first = Math.floor((i / claims) * (spaces.length - 14));
    const start = spaces[first]! + 1;
    const end = spaces[first + 4 + Math.floor(rng() * 8)]!;
    const status = CLAIM_STATUSES[Math.floor(rng() * CLAIM_STATUSES.length)]!;
    return {
      id: `abench000000-c${String(i).padStart(10, '0')}`,
      anchor: {
        version: 1,
        start,
        end,
        exact: text.slice(start, end),
        prefix: text.slice(start - 32, start),
        suffix: text.slice(end, end + 32),
      },
      anchorState: 'current',
      kind: 'statistic',
      status,
      notes: 'Checked against the budget packet and a call with the press office.',
      evidence: [0, 1].map((k) => ({
        id: `e${i}-${k}`,
        sourceId: sources[Math.floor(rng() * sources.length)]!.id,
        relation: k ? 'context' : 'supports',
        excerpt: 'The table on page 14 lists the figure for the fiscal year.',
        locator: `p. ${1 + Math.floor(rng() * 40)}`,
        addedAt: at,
        addedBy: 'Bench',
      })),
      history: [
        { at, by: 'Bench', change: 'created', to: 'unchecked' },
        { at, by: 'Bench', change: 'status', from: 'unchecked', to: status },
      ],
      origin: 'manual',
      createdAt: at,
      updatedAt: at,
    };
  });
  const article: Article = {
    id: 'abench000000',
    title: 'Benchmark investigation',
    createdAt: at,
    updatedAt: at,
    versions: [{ n: 1, text, format: 'paste', createdAt: at, sha256: '' }],
    claims: list,
  };
  return { article, sources };
}
