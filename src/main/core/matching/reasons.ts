import type { MatchReason, TextSpan } from '../../../shared/matching';
import type { Token } from './analyze';
import { negationMismatch, type QueryView } from './features';
import { analyzedEntry, idf, type MatchIndex } from './match-index';

const MOST_LISTED = 5;

/** The words of `tokens` the query shares, one per term, as written in `text`. */
function sharedWords(text: string, tokens: readonly Token[], query: QueryView, keep: (t: Token) => boolean): Token[] {
  const seen = new Set<string>();
  return tokens.filter((t) => {
    if (!query.terms.has(t.term) || seen.has(t.term) || !keep(t)) return false;
    seen.add(t.term);
    return text.slice(t.start, t.end).trim() !== '';
  });
}

/** The sentence of a field with the most weight in shared words, and those words in it. */
function bestPassage(
  field: 'text' | 'title',
  text: string,
  tokens: readonly Token[],
  query: QueryView,
  weight: (term: string) => number,
): { reason: Extract<MatchReason, { kind: 'passage' }>; weight: number } | undefined {
  let best: { span: TextSpan; words: Token[]; weight: number } | undefined;
  for (const sentence of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const start = sentence.index + (sentence[0].length - sentence[0].trimStart().length);
    const end = sentence.index + sentence[0].trimEnd().length;
    const words = tokens.filter((t) => t.start >= start && t.end <= end && query.terms.has(t.term));
    const total = [...new Set(words.map((t) => t.term))].reduce((sum, term) => sum + weight(term), 0);
    if (words.length > 0 && (!best || total > best.weight)) best = { span: { start, end }, words, weight: total };
  }
  if (!best) return undefined;
  const terms = new Set(best.words.map((t) => t.term));
  const queryWords = query.analysis.tokens.filter((t) => terms.has(t.term)).map(({ start, end }) => ({ start, end }));
  return {
    weight: best.weight,
    reason: {
      kind: 'passage',
      field,
      span: best.span,
      text: text.slice(best.span.start, best.span.end),
      words: best.words.map(({ start, end }) => ({ start, end })),
      queryWords,
    },
  };
}

/** The reasons a past fact-check matches the query, for a person to judge. */
export function reasonsFor(query: QueryView, n: number, index: MatchIndex): MatchReason[] {
  const weight = (term: string): number => idf(index, term);
  const entry = index.entries[n]!;
  const title = entry.title ?? '';
  const analysis = analyzedEntry(index, n);
  const fields = [
    { text: entry.text, tokens: analysis.text.tokens },
    { text: title, tokens: analysis.title.tokens },
  ];
  const reasons: MatchReason[] = [];
  const words = (keep: (t: Token) => boolean, from = fields): { term: string; surface: string }[] => {
    const seen = new Set<string>();
    return from
      .flatMap(({ text, tokens }) => sharedWords(text, tokens, query, keep).map((t) => ({ t, text })))
      .filter(({ t }) => !seen.has(t.term) && Boolean(seen.add(t.term)))
      .map(({ t, text }) => ({ term: t.term, surface: text.slice(t.start, t.end) }));
  };
  const numbers = words((t) => t.term.startsWith('#'));
  if (numbers.length > 0) {
    reasons.push({ kind: 'numbers', values: numbers.slice(0, MOST_LISTED).map((n) => n.surface) });
  }
  // Headlines capitalise every word: names are taken from the claim only.
  const names = words((t) => t.name && !t.term.startsWith('#'), fields.slice(0, 1));
  if (names.length > 0) reasons.push({ kind: 'names', names: names.slice(0, MOST_LISTED).map((n) => n.surface) });
  const named = new Set([...numbers, ...names].map((w) => w.term));
  const terms = words((t) => !named.has(t.term) && !t.term.startsWith('#'))
    .sort((a, b) => weight(b.term) - weight(a.term))
    .slice(0, MOST_LISTED);
  if (terms.length > 0) reasons.push({ kind: 'terms', terms: terms.map((t) => t.surface) });
  const passages = [
    bestPassage('text', entry.text, fields[0]!.tokens, query, weight),
    bestPassage('title', title, fields[1]!.tokens, query, weight),
  ].filter((p) => p !== undefined);
  const passage = passages.sort((a, b) => b.weight - a.weight)[0];
  if (passage) reasons.push(passage.reason);
  const opposed = negationMismatch(query.analysis, { tokens: fields[0]!.tokens });
  if (opposed.length > 0) {
    const archiveNegated = opposed.some((t) => t.negated);
    const words = [...new Set(opposed.map((t) => entry.text.slice(t.start, t.end)))].slice(0, MOST_LISTED);
    reasons.push({ kind: 'negation', negated: archiveNegated ? 'archive' : 'query', words });
  }
  return reasons;
}
