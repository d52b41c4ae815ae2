/**
 * A small BM25 over two fields (claim and title), with the title's share down-weighted. Each term's
 * postings hold, per entry, its BM25 weight already computed, so a query only adds up numbers.
 * (MiniSearch, measured in the same run, was slower to build and to search; see docs/past-fact-checks.md.)
 */
/** Chosen on the training queries (MAP@5 of the first stage alone). */
export const BM25 = { k1: 1.2, b: 0.5, titleBoost: 0.7 };
export type Bm25Settings = typeof BM25;

export interface Bm25Index {
  size: number;
  termIds: Map<string, number>;
  /** Per term: the entries it occurs in, and the term's BM25 weight (without idf) in each. */
  postingEntries: Int32Array[];
  postingWeights: Float32Array[];
  /** In how many entries each term occurs (claim or title). */
  documentFrequency: Int32Array;
  /** Reused by every search: one running score per entry. */
  scratch: Float64Array;
}

type Field = readonly string[];

function counts(terms: Field): Map<string, number> {
  const out = new Map<string, number>();
  for (const term of terms) out.set(term, (out.get(term) ?? 0) + 1);
  return out;
}

/** Builds the index from each entry's analyzed claim and title terms. */
export function buildBm25(docs: readonly { text: Field; title: Field }[], settings: Bm25Settings = BM25): Bm25Index {
  const size = docs.length;
  const averageText = docs.reduce((sum, d) => sum + d.text.length, 0) / Math.max(1, size) || 1;
  const averageTitle = docs.reduce((sum, d) => sum + d.title.length, 0) / Math.max(1, size) || 1;
  const termIds = new Map<string, number>();
  const entries: number[][] = [];
  const weights: number[][] = [];
  const saturate = (tf: number, length: number, average: number): number =>
    tf === 0 ? 0 : (tf * (settings.k1 + 1)) / (tf + settings.k1 * (1 - settings.b + (settings.b * length) / average));
  docs.forEach((doc, n) => {
    const text = counts(doc.text);
    const title = counts(doc.title);
    for (const term of new Set([...text.keys(), ...title.keys()])) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = entries.length;
        termIds.set(term, id);
        entries.push([]);
        weights.push([]);
      }
      const weight =
        saturate(text.get(term) ?? 0, doc.text.length, averageText) +
        settings.titleBoost * saturate(title.get(term) ?? 0, doc.title.length, averageTitle);
      entries[id]!.push(n);
      weights[id]!.push(weight);
    }
  });
  return {
    size,
    termIds,
    postingEntries: entries.map((list) => Int32Array.from(list)),
    postingWeights: weights.map((list) => Float32Array.from(list)),
    documentFrequency: Int32Array.from(entries, (list) => list.length),
    scratch: new Float64Array(size),
  };
}

/** BM25's inverse document frequency (the form that is never negative). */
export function bm25Idf(index: Bm25Index, documentFrequency: number): number {
  return Math.log(1 + (index.size - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** The `depth` best entries for the query's weighted terms, best first (ties: the earlier entry). */
export function searchBm25(
  index: Bm25Index,
  terms: ReadonlyMap<string, number>,
  depth: number,
): { n: number; score: number }[] {
  const scores = index.scratch;
  const touched: number[] = [];
  for (const [term, queryWeight] of terms) {
    const id = index.termIds.get(term);
    if (id === undefined) continue;
    const postings = index.postingEntries[id]!;
    const weights = index.postingWeights[id]!;
    const idf = queryWeight * bm25Idf(index, postings.length);
    for (let i = 0; i < postings.length; i++) {
      const n = postings[i]!;
      if (scores[n] === 0) touched.push(n);
      scores[n]! += idf * weights[i]!;
    }
  }
  // Only the entries at or above the depth-th best score are sorted as objects.
  let threshold = -Infinity;
  if (touched.length > depth) {
    const values = Float64Array.from(touched, (n) => scores[n]!).sort();
    threshold = values[values.length - depth]!;
  }
  const hits = touched.filter((n) => scores[n]! >= threshold).map((n) => ({ n, score: scores[n]! }));
  for (const n of touched) scores[n] = 0;
  hits.sort((a, b) => b.score - a.score || a.n - b.n);
  return hits.slice(0, depth);
}
