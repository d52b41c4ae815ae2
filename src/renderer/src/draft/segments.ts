import type { Span } from '../../../shared/text-shape';

export interface Highlightable extends Span {
  id: string;
}

export interface Segment extends Span {
  /** Ids of the claims covering this stretch, innermost (shortest) first. */
  claimIds: string[];
  /** The suggested sentence this stretch belongs to, if any (suggestions never overlap). */
  suggestionId?: string;
}

/**
 * Cuts one paragraph into stretches of text covered by the same claims. `claims` must be the
 * claims overlapping the paragraph, so the work is proportional to them, not to the whole article.
 */
export function segmentParagraph(
  paragraph: Span,
  claims: readonly Highlightable[],
  suggestions: readonly Highlightable[] = [],
): Segment[] {
  const cuts = new Set<number>([paragraph.start, paragraph.end]);
  for (const c of [...claims, ...suggestions]) {
    if (c.start > paragraph.start && c.start < paragraph.end) cuts.add(c.start);
    if (c.end > paragraph.start && c.end < paragraph.end) cuts.add(c.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const bySize = [...claims].sort((a, b) => a.end - a.start - (b.end - b.start));
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const claimIds = bySize.filter((c) => c.start < end && c.end > start).map((c) => c.id);
    const suggestion = suggestions.find((s) => s.start <= start && s.end >= end);
    segments.push(suggestion ? { start, end, claimIds, suggestionId: suggestion.id } : { start, end, claimIds });
  }
  return segments;
}

/** Two paragraphs' highlights are the same when every item has the same fields in the same order. */
export function sameHighlights<T extends object>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => JSON.stringify(item) === JSON.stringify(b[i])));
}

/** Buckets claims by the paragraphs they overlap, in one pass over sorted starts. */
export function claimsByParagraph<T extends Highlightable>(paragraphs: readonly Span[], claims: readonly T[]): T[][] {
  const buckets: T[][] = paragraphs.map(() => []);
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  let first = 0;
  for (const claim of sorted) {
    while (first < paragraphs.length && paragraphs[first]!.end <= claim.start) first++;
    for (let p = first; p < paragraphs.length && paragraphs[p]!.start < claim.end; p++) buckets[p]!.push(claim);
  }
  return buckets;
}
