/**
 * Library search: every word of the query must occur (as the start of a word, or inside one) in
 * one of a document's fields. Fields weigh differently (a title counts more than a note), a word
 * found at a word start counts double, and the whole query found as a phrase earns a bonus. Case
 * and accents are ignored, so "senor" finds "Señor".
 */

import { fold } from '../../../../shared/text-fold';

export interface SearchField {
  text: string;
  weight: number;
  /** `fold(text)`, computed once when the document is indexed rather than on every query. */
  folded?: string;
}

export interface Ranked {
  score: number;
  /** The field that contributed most, for the snippet. */
  best: SearchField;
  /** Where the first query word occurs in the best field's folded text. */
  at: number;
}

export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      fold(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ].slice(0, 12);
}

const WORD_START = (text: string, at: number): boolean => at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);

/** Scores one document, or null when some query word is missing from all its fields. */
export function rank(fields: readonly SearchField[], terms: readonly string[], phrase: string): Ranked | null {
  if (terms.length === 0) return null;
  const folded = fields.map((f) => f.folded ?? fold(f.text));
  let score = 0;
  let best: { field: number; points: number; at: number } | null = null;
  for (const term of terms) {
    let termPoints = 0;
    for (let i = 0; i < fields.length; i++) {
      const text = folded[i]!;
      const at = text.indexOf(term);
      if (at < 0) continue;
      const startsWord = WORD_START(text, at) || findWordStart(text, term) >= 0;
      const points = fields[i]!.weight * (startsWord ? 2 : 1);
      if (points > termPoints) termPoints = points;
      if (!best || points > best.points) best = { field: i, points, at };
    }
    if (termPoints === 0) return null;
    score += termPoints;
  }
  if (terms.length > 1) {
    const i = folded.findIndex((text) => text.includes(phrase));
    if (i >= 0) score += fields[i]!.weight * 2;
  }
  return best ? { score, best: fields[best.field]!, at: best.at } : null;
}

function findWordStart(text: string, term: string): number {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (WORD_START(text, at)) return at;
  }
  return -1;
}

/** A passage of about `width` characters around `at`, cut at spaces, with ellipses where cut. */
export function snippetAround(text: string, at: number, width = 120): string {
  if (text.length <= width) return text;
  let start = Math.max(0, at - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  start = Math.max(0, end - width);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
