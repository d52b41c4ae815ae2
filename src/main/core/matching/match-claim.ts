import { analyze, queryTerms } from './analyze';
import { FEATURE_NAMES, features, queryView, type QueryView } from './features';
import { idf, retrieve, type MatchIndex } from './match-index';
import shipped from './match-weights.json';
import { reasonsFor } from './reasons';
import type { ClaimMatch } from '../../../shared/matching';

/** How many first-stage candidates the re-ranker sees. */
export const CANDIDATE_DEPTH = 50;

export interface ScoredCandidate {
  n: number;
  features: number[];
}

/** The query's analysis and its first-stage candidates with their features (training reads these too). */
export function candidatesFor(
  index: MatchIndex,
  text: string,
  depth = CANDIDATE_DEPTH,
): { query: QueryView; candidates: ScoredCandidate[] } {
  const weightOf = (term: string): number => idf(index, term);
  const analysis = analyze(text);
  const query = queryView(text, analysis, weightOf);
  const hits = retrieve(index, queryTerms(analysis), depth);
  const best = hits[0]?.score ?? 0;
  const candidates = hits.map((hit, rank) => {
    const entry = index.entries[hit.n]!;
    const view = {
      text: analyze(entry.text),
      title: analyze(entry.title ?? ''),
      rawText: entry.text,
      bm25: hit.score,
      bm25Best: best,
      rank,
    };
    return { n: hit.n, features: features(query, view, weightOf) };
  });
  return { query, candidates };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function linearScore(weights: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (weights[i] ?? 0) * x[i]!;
  return z;
}

if (shipped.features.join() !== FEATURE_NAMES.join()) {
  throw new Error('match-weights.json does not list the features the matcher computes.');
}

/**
 * The past fact-checks most like `text`, best first: BM25 candidates re-ranked by the learnt weights,
 * each with its score (0–1) and the reasons a person can check. Reasons are made for the top only.
 */
export function matchClaim(
  index: MatchIndex,
  text: string,
  options: { top?: number; weights?: readonly number[] } = {},
): ClaimMatch[] {
  const top = options.top ?? 5;
  const weights = options.weights ?? shipped.weights;
  const { query, candidates } = candidatesFor(index, text);
  const ranked = candidates
    .map((c) => ({ n: c.n, z: linearScore(weights, c.features) }))
    .sort((a, b) => b.z - a.z || a.n - b.n)
    .slice(0, top);
  return ranked.map(({ n, z }) => {
    const entry = index.entries[n]!;
    return { id: entry.id, score: Math.round(sigmoid(z) * 1e4) / 1e4, reasons: reasonsFor(query, entry, index) };
  });
}
