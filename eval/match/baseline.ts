import MiniSearch from 'minisearch';
import type { MatchEntry } from '../../src/main/core/matching/match-index';

/**
 * The task organisers' baseline: plain BM25 over the claim and its title as one text, with
 * MiniSearch's own tokenizer (split on spaces and punctuation, lower case), no stemming, no re-ranking.
 */
export function plainBm25(entries: readonly MatchEntry[]): (query: string, k: number) => string[] {
  const search = new MiniSearch<{ id: string; all: string }>({ fields: ['all'] });
  search.addAll(entries.map((e) => ({ id: e.id, all: `${e.text} ${e.title ?? ''}` })));
  return (query, k) =>
    search
      .search(query, { combineWith: 'OR' })
      .slice(0, k)
      .map((hit) => hit.id as string);
}
