import {
  PAST_CHECK_LIMITS,
  ratingKey,
  type PastCheck,
  type PastCheckPage,
  type PastCheckQuery,
} from '../../../shared/past-checks';
import { fold } from '../../../shared/text-fold';

/** The date an item is filed under: when it was reviewed, else when the claim was made. */
const dateOf = (item: PastCheck): string | undefined => item.reviewDate ?? item.claimDate;

/** Two dates written YYYY[-MM[-DD]] compared at the precision both have ("2024-02" is within "2024"). */
function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}

/** Whether a date overlaps the range, each end and the date itself as precise as written. */
function inRange(date: string | undefined, from: string | undefined, to: string | undefined): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && compareDates(date, from) < 0) return false;
  return !(to && compareDates(date, to) > 0);
}

/** Each item's folded words, kept while the item object lives (the archive and the desk reuse them). */
const folded = new WeakMap<PastCheck, string>();

function searchableText(item: PastCheck): string {
  const known = folded.get(item);
  if (known !== undefined) return known;
  const text = fold(
    [item.claim, item.claimant, item.publisher, item.rating.label, item.appearance?.title, item.articleTitle]
      .filter(Boolean)
      .join(' \n '),
  );
  folded.set(item, text);
  return text;
}

/** The archive filtered as the query asks, newest first (undated last), one page of it. */
export function queryPastChecks(all: readonly PastCheck[], query: PastCheckQuery): PastCheckPage {
  const terms = fold(query.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const publisher = query.publisher ? fold(query.publisher) : undefined;
  const rating = query.rating ? ratingKey(query.rating) : undefined;
  const matches = all.filter((item) => {
    if (query.origin && item.origin !== query.origin) return false;
    if (query.status && item.rating.status !== query.status) return false;
    if (rating !== undefined && ratingKey(item.rating.label) !== rating) return false;
    if (publisher !== undefined && fold(item.publisher ?? '') !== publisher) return false;
    if (!inRange(dateOf(item), query.from, query.to)) return false;
    if (terms.length === 0) return true;
    const text = searchableText(item);
    return terms.every((term) => text.includes(term));
  });
  matches.sort((a, b) => {
    const [da, db] = [dateOf(a) ?? '', dateOf(b) ?? ''];
    return da === db ? a.claim.localeCompare(b.claim) : db.localeCompare(da);
  });
  const offset = query.offset ?? 0;
  const limit = query.limit ?? PAST_CHECK_LIMITS.pageSize;
  const publishers = [...new Set(all.flatMap((item) => item.publisher ?? []))].sort((a, b) => a.localeCompare(b));
  return { items: matches.slice(offset, offset + limit), total: matches.length, offset, publishers };
}
