import { diffArrays } from 'diff';
import type { HistoryEvent, Version } from './model';

/** A run of words of a claim's wording: kept, taken out, or put in by a revision. */
export interface WordPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** A claim's wording as one revision changed it. */
export interface WordingChange {
  /** The version the new wording belongs to. */
  version: number;
  from: string;
  to: string;
  /** The whole wording, word by word. */
  parts: WordPart[];
  /** Only the changed words, with the neighbouring word where an insertion or a cut needs it. */
  excerpt: { before: string; after: string };
}

/** Words with the punctuation and space that follow them: together they spell the text exactly. */
function wordTokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

/** A word as a quotation is compared: case, and the punctuation and quotation marks around it, aside. */
function looseWord(token: string): string {
  return token.toLowerCase().replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
}

/**
 * Word-level differences between two wordings; whitespace alone never counts as a change. `loose`
 * also lets case and surrounding punctuation pass (a quote's words against its source); the words
 * kept are then spelled as `after` has them.
 */
export function wordDiff(before: string, after: string, { loose = false } = {}): WordPart[] {
  const parts: WordPart[] = [];
  const push = (kind: WordPart['kind'], text: string): void => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else if (text) parts.push({ kind, text });
  };
  const comparator = loose ? (a: string, b: string): boolean => looseWord(a) === looseWord(b) : undefined;
  for (const part of diffArrays(wordTokens(before), wordTokens(after), comparator ? { comparator } : {})) {
    const text = part.value.join('');
    // A space between two changed words belongs to them, so "a" → "the" reads as one change.
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    if (kind === 'same' && text.trim() === '' && parts.length > 0) {
      push(parts[parts.length - 1]!.kind === 'added' ? 'added' : 'same', text);
      continue;
    }
    push(kind, text);
  }
  return parts;
}

const isChange = (part: WordPart | undefined): boolean => part !== undefined && part.kind !== 'same';

/** The first or last whole word of a kept run, for context. */
function edgeWord(text: string, side: 'first' | 'last'): string {
  const words = text.trim().split(/\s+/);
  return (side === 'first' ? words[0] : words[words.length - 1]) ?? '';
}

/**
 * The changed stretch of both wordings, e.g. "a Senate committee" → "the Senate intelligence
 * committee". A replaced word speaks for itself; an insertion or a cut at either end takes the
 * kept word beside it, so that the reader sees where it happened.
 */
export function wordingExcerpt(parts: readonly WordPart[]): { before: string; after: string } {
  const first = parts.findIndex((p) => p.kind !== 'same');
  if (first < 0) return { before: '', after: '' };
  let last = parts.length - 1;
  while (parts[last]!.kind === 'same') last--;
  const replacedAtStart = isChange(parts[first + 1]) && parts[first + 1]!.kind !== parts[first]!.kind;
  const replacedAtEnd = isChange(parts[last - 1]) && parts[last - 1]!.kind !== parts[last]!.kind;
  let before = '';
  let after = '';
  const add = (part: WordPart, text = part.text): void => {
    if (part.kind !== 'added') before += text;
    if (part.kind !== 'removed') after += text;
  };
  if (!replacedAtStart && first > 0) add(parts[first - 1]!, `${edgeWord(parts[first - 1]!.text, 'last')} `);
  for (let i = first; i <= last; i++) add(parts[i]!);
  if (!replacedAtEnd && last < parts.length - 1) add(parts[last + 1]!, ` ${edgeWord(parts[last + 1]!.text, 'first')}`);
  const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();
  return { before: tidy(before), after: tidy(after) };
}

/** The version in force when something happened: the last one created at or before that moment. */
function versionAt(versions: readonly Version[], at: string): number {
  let n = versions[0]?.n ?? 1;
  for (const v of versions) if (v.createdAt <= at) n = v.n;
  return n;
}

/** Every change of a claim's wording recorded in its history (a revision, or a re-attachment). */
export function wordingChanges(history: readonly HistoryEvent[], versions: readonly Version[]): WordingChange[] {
  return history
    .filter((h) => h.change === 'anchor' && h.from && h.to && h.from !== h.to)
    .map((h) => {
      const parts = wordDiff(h.from!, h.to!);
      return { version: versionAt(versions, h.at), from: h.from!, to: h.to!, parts, excerpt: wordingExcerpt(parts) };
    });
}
