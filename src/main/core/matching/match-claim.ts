import { analyze, queryTerms } from './analyze';
import { FEATURE_NAMES, features, negationMismatch, queryView, type QueryView } from './features';
import { analyzedEntry, idf, retrieve, type MatchIndex } from './match-index';
import shipped from './match-weights.json';
import { reasonsFor } from './reasons';
import type { ClaimMatch } from '../../../shared/matching';

/** How many first-stage candidates the re-ranker sees. */
export const CANDIDATE_DEPTH = 20;

/**
 * How far a candidate drops when it negates what the query asserts, or the other way round. Fixed, not
 * learnt: in the tweets of the training data a denial ("Minecraft is NOT closing") repeats the claim it
 * denies, so the data cannot teach it; on the desk, the check of the same assertion should come first.
 */
export const NEGATION_PENALTY = 2;

export interface ScoredCandidate {
  n: number;
  features: number[];
  /** The candidate negates a shared word that the query does not, or the other way round. */
  opposed: boolean;
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
    const { text: claim, title } = analyzedEntry(index, hit.n);
    const view = {
      text: claim,
      title,
      rawText: entry.text,
      bm25: hit.score,
      bm25Best: best,
      rank,
    };
    return {
      n: hit.n,
      features: features(query, view, weightOf),
      opposed: negationMismatch(analysis, claim).length > 0,
    };
  });
  return { query, candidates };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function linearScore(weights: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (weights[i] ?? 0) * x[i]!;
  return z;
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
  if (!options.weights && shipped.features.join() !== FEATURE_NAMES.join()) {
    throw new Error('match-weights.json does not list the features the matcher computes: run npm run train:match.');
  }
  const weights = options.weights ?? shipped.weights;
  const { query, candidates } = candidatesFor(index, text);
  const ranked = candidates
    .map((c) => ({ n: c.n, z: linearScore(weights, c.features) - (c.opposed ? NEGATION_PENALTY : 0) }))
    .sort((a, b) => b.z - a.z || a.n - b.n)
    .slice(0, top);
  return ranked.map(({ n, z }) => {
    const entry = index.entries[n]!;
    return { id: entry.id, score: Math.round(sigmoid(z) * 1e4) / 1e4, reasons: reasonsFor(query, n, index) };
  });
}
