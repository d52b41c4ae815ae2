import type { PastCheckProblem } from '../../../shared/past-checks';
import { FieldProblem } from './clean-fields';
import { claimReviewItem, hasType, isObject, type FactCheckItem } from './claim-review-item';

/** Collects a file's items and problems, numbering items in file order from 1. */
export class ItemSink {
  readonly items: FactCheckItem[] = [];
  readonly problems: PastCheckProblem[] = [];
  private count = 0;

  constructor(
    readonly fileName: string,
    private readonly maxItems: number,
  ) {}

  /** The next item's number, or undefined once the file has brought the most items allowed. */
  next(): number | undefined {
    if (this.count === this.maxItems) {
      this.problems.push({
        message: `${this.fileName} holds more than ${this.maxItems.toLocaleString('en')} items; the rest were not read.`,
      });
    }
    return ++this.count > this.maxItems ? undefined : this.count;
  }

  problem(item: number | undefined, message: string): void {
    this.problems.push(item === undefined ? { message } : { item, message });
  }

  /** Reads one item, keeping it or recording why it was left out; `where` names it in that sentence. */
  read(make: () => FactCheckItem, where = (item: number): string => `Item ${item}`): void {
    const item = this.next();
    if (item === undefined) return;
    try {
      this.items.push(make());
    } catch (error) {
      if (!(error instanceof FieldProblem)) throw error;
      this.problem(item, `${where(item)} was left out: ${error.message}.`);
    }
  }
}

function isClaimReview(node: Record<string, unknown>): boolean {
  return hasType(node, 'ClaimReview') || 'claimReviewed' in node;
}

/** An entry that must be a ClaimReview (in a feed's `item`, or a list of reviews) but is something else. */
function notAReview(sink: ItemSink): void {
  const item = sink.next();
  if (item !== undefined) sink.problem(item, `Item ${item} was left out: it is not a ClaimReview.`);
}

function readReview(node: Record<string, unknown>, sink: ItemSink): void {
  sink.read(() => claimReviewItem(node, sink.fileName));
}

/** A feed element's `item`: one ClaimReview or a list of them. */
function readFeedItem(value: unknown, sink: ItemSink): void {
  for (const node of Array.isArray(value) ? value : [value]) {
    if (isObject(node) && isClaimReview(node)) readReview(node, sink);
    else notAReview(sink);
  }
}

/**
 * Finds the ClaimReviews in parsed JSON-LD: one object, a list, a `@graph`, a page's `mainEntity`
 * or `review`, or a ClaimReview feed (`dataFeedElement`, each with its `item`). Nodes of other
 * types (a page's breadcrumbs, its organization) are passed over without complaint.
 */
export function collectClaimReviews(value: unknown, sink: ItemSink, inList = false): void {
  if (Array.isArray(value)) {
    for (const entry of value) collectClaimReviews(entry, sink, true);
    return;
  }
  if (!isObject(value)) {
    if (inList) notAReview(sink);
    return;
  }
  if (isClaimReview(value)) return readReview(value, sink);
  const feed = value['dataFeedElement'];
  if (feed !== undefined) {
    if (!Array.isArray(feed)) return sink.problem(undefined, `The feed's dataFeedElement is not a list.`);
    for (const element of feed) {
      if (isObject(element) && element['item'] !== undefined) readFeedItem(element['item'], sink);
      else if (isObject(element) && isClaimReview(element)) readReview(element, sink);
      else notAReview(sink);
    }
    return;
  }
  for (const key of ['@graph', 'mainEntity', 'review']) {
    if (value[key] !== undefined) collectClaimReviews(value[key], sink, false);
  }
}
