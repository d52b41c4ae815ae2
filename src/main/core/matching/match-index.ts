import { AppError } from '../app-error';
import { analyze, type Analysis } from './analyze';
import { bm25Idf, buildBm25, searchBm25, type Bm25Index } from './bm25';

/** One past fact-check as the matcher sees it. */
export interface MatchEntry {
  id: string;
  /** The claim that was checked. */
  text: string;
  /** The fact-check's headline, where there is one. */
  title?: string;
}

export interface MatchIndex {
  /** The first stage: BM25 over the analyzed claim and title. */
  retrieval: Bm25Index;
  entries: MatchEntry[];
  /** Analyses of the entries that were candidates lately: the re-ranker needs their words again. */
  analyses: Map<number, { text: Analysis; title: Analysis }>;
}

/** Enough for the candidates of a few hundred queries, small beside the index itself. */
const ANALYSES_KEPT = 20_000;

/** The analysis of an entry's claim and title, kept for the next queries. */
export function analyzedEntry(index: MatchIndex, n: number): { text: Analysis; title: Analysis } {
  let found = index.analyses.get(n);
  if (!found) {
    const entry = index.entries[n]!;
    found = { text: analyze(entry.text), title: analyze(entry.title ?? '') };
    if (index.analyses.size >= ANALYSES_KEPT) index.analyses.clear();
    index.analyses.set(n, found);
  }
  return found;
}

/**
 * Indexes past fact-checks for `matchClaim`. Pure: the entries come from the caller, nothing is read
 * or stored. Refuses an entry without an id or text, and an id given twice.
 */
export function buildMatchIndex(entries: readonly MatchEntry[]): MatchIndex {
  const seen = new Set<string>();
  const docs: { text: string[]; title: string[] }[] = [];
  const kept: MatchEntry[] = [];
  for (const entry of entries) {
    if (typeof entry.id !== 'string' || entry.id === '') {
      throw new AppError('INVALID_INPUT', `Fact-check number ${kept.length + 1} has no id.`);
    }
    if (typeof entry.text !== 'string' || entry.text.trim() === '') {
      throw new AppError('INVALID_INPUT', `Fact-check “${entry.id}” has no claim text.`);
    }
    if (seen.has(entry.id)) throw new AppError('INVALID_INPUT', `The id “${entry.id}” is given twice.`);
    seen.add(entry.id);
    docs.push({
      text: analyze(entry.text).tokens.map((t) => t.term),
      title: entry.title ? analyze(entry.title).tokens.map((t) => t.term) : [],
    });
    kept.push(
      entry.title ? { id: entry.id, text: entry.text, title: entry.title } : { id: entry.id, text: entry.text },
    );
  }
  return { retrieval: buildBm25(docs), entries: kept, analyses: new Map() };
}

/** Inverse document frequency of a term in the index (BM25's form, never negative). */
export function idf(index: MatchIndex, term: string): number {
  const id = index.retrieval.termIds.get(term);
  return bm25Idf(index.retrieval, id === undefined ? 0 : index.retrieval.documentFrequency[id]!);
}

/** The first stage: the entries that share the most weighted terms with the query, best first. */
export function retrieve(
  index: MatchIndex,
  terms: ReadonlyMap<string, number>,
  depth: number,
): { n: number; score: number }[] {
  return searchBm25(index.retrieval, terms, depth);
}
