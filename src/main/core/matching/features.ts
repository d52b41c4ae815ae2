import type { Analysis, Token } from './analyze';

/** What the re-ranker weighs, in the order of the weights in match-weights.json. */
export const FEATURE_NAMES = [
  'bias',
  'bm25Relative',
  'bm25Log',
  'rankInverse',
  'claimCovered',
  'titleCovered',
  'queryCovered',
  'pairsCovered',
  'charGramsCovered',
  'numbersShared',
  'numbersMissing',
  'namesCovered',
  'namesMissing',
] as const;

/** The analysis of the query, made once and held for every candidate. */
export interface QueryView {
  analysis: Analysis;
  terms: Set<string>;
  idfSum: number;
  /** Pairs of terms written within three words of each other, in either order. */
  pairs: Set<string>;
  charGrams: Set<string>;
  numbers: Set<string>;
}

export interface CandidateView {
  text: Analysis;
  title: Analysis;
  /** The raw claim text, for character n-grams. */
  rawText: string;
  bm25: number;
  bm25Best: number;
  rank: number;
}

/**
 * The shared terms that one text negates and the other does not ("did not raise taxes" against "raised
 * taxes"), in the order written in `b`.
 */
export function negationMismatch(a: Analysis, b: Analysis): Token[] {
  const negatedIn = (analysis: Analysis): Set<string> =>
    new Set(analysis.tokens.filter((t) => t.negated).map((t) => t.term));
  const [negatedA, negatedB] = [negatedIn(a), negatedIn(b)];
  const inA = new Set(a.tokens.map((t) => t.term));
  return b.tokens.filter((t) => inA.has(t.term) && negatedA.has(t.term) !== negatedB.has(t.term));
}

const isNumber = (term: string): boolean => term.startsWith('#');
const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

export function nearPairs(tokens: readonly Token[], window: number): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j <= i + window && j < tokens.length; j++) pairs.add(pairKey(tokens[i]!.term, tokens[j]!.term));
  }
  return pairs;
}

/** Character 4-grams of the words that count (not stop words), for spellings that differ a little. */
export function charGrams(text: string, tokens: readonly Token[]): Set<string> {
  const grams = new Set<string>();
  for (const token of tokens) {
    const word = ` ${text.slice(token.start, token.end).toLowerCase()} `;
    for (let i = 0; i + 4 <= word.length; i++) grams.add(word.slice(i, i + 4));
  }
  return grams;
}

export function queryView(text: string, analysis: Analysis, idf: (term: string) => number): QueryView {
  const terms = new Set(analysis.tokens.map((t) => t.term));
  let idfSum = 0;
  for (const term of terms) idfSum += idf(term);
  return {
    analysis,
    terms,
    idfSum,
    pairs: nearPairs(analysis.tokens, 3),
    charGrams: charGrams(text, analysis.tokens),
    numbers: new Set([...terms].filter(isNumber)),
  };
}

/** The idf-weighted share of `terms` that the query also has. */
function covered(terms: Iterable<string>, query: QueryView, idf: (term: string) => number): number {
  let all = 0;
  let shared = 0;
  for (const term of terms) {
    const weight = idf(term);
    all += weight;
    if (query.terms.has(term)) shared += weight;
  }
  return all === 0 ? 0 : shared / all;
}

function share<T>(items: ReadonlySet<T>, other: ReadonlySet<T>): number {
  if (items.size === 0) return 0;
  let shared = 0;
  for (const item of items) if (other.has(item)) shared++;
  return shared / items.size;
}

/** The feature vector of one (query, candidate) pair, in FEATURE_NAMES order. */
export function features(query: QueryView, candidate: CandidateView, idf: (term: string) => number): number[] {
  const claimTerms = new Set(candidate.text.tokens.map((t) => t.term));
  const titleTerms = new Set(candidate.title.tokens.map((t) => t.term));
  const allTerms = new Set([...claimTerms, ...titleTerms]);
  let queryShared = 0;
  for (const term of query.terms) if (allTerms.has(term)) queryShared += idf(term);
  const claimCovered = covered(claimTerms, query, idf);
  const claimNumbers = new Set([...claimTerms].filter(isNumber));
  let numbersShared = 0;
  for (const n of claimNumbers) if (query.numbers.has(n)) numbersShared++;
  const names = new Set(candidate.text.tokens.filter((t) => t.name).map((t) => t.term));
  const namesCovered = share(names, query.terms);
  return [
    1,
    candidate.bm25Best > 0 ? candidate.bm25 / candidate.bm25Best : 0,
    Math.log1p(candidate.bm25),
    1 / (1 + candidate.rank),
    claimCovered,
    // An entry without a title is not held to be worse than one whose title matches as its claim does.
    titleTerms.size === 0 ? claimCovered : covered(titleTerms, query, idf),
    query.idfSum === 0 ? 0 : queryShared / query.idfSum,
    share(nearPairs(candidate.text.tokens, 1), query.pairs),
    share(charGrams(candidate.rawText, candidate.text.tokens), query.charGrams),
    Math.min(numbersShared, 2) / 2,
    claimNumbers.size === 0 ? 0 : (claimNumbers.size - numbersShared) / claimNumbers.size,
    namesCovered,
    names.size > 0 && namesCovered === 0 ? 1 : 0,
  ];
}
