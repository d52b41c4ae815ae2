import type { ClaimSourceCheck, ExcerptCheck, FoundPassage, QuoteCheck } from '../../../../shared/source-checks';
import { locatorOf } from '../../../../shared/source-checks';
import { wordDiff, type WordPart } from '../../../../shared/wording-diff';

const where = (found: FoundPassage): string => {
  const locator = locatorOf(found);
  return locator ? `${found.fileName}, ${locator}` : found.fileName;
};

/** What the report says beside an excerpt about finding it in the source's document. */
export function excerptNote(check: ExcerptCheck | undefined): string | undefined {
  switch (check?.finding) {
    case 'exact':
      return `Confirmed word for word in ${where(check.found!)}`;
    case 'approximate':
      return `Found with differences in ${where(check.found!)}: “${check.found!.text}”`;
    case 'not-found':
      return 'Unconfirmed: not found in the attached document';
    default:
      return undefined;
  }
}

/** A quote compared with its source, for the report: the finding and, where it differs, the words. */
export interface ReportQuoteCheck {
  note: string;
  parts?: WordPart[];
}

export function quoteNote(
  check: QuoteCheck | undefined,
  sourceTitle: (id: string) => string,
): ReportQuoteCheck | undefined {
  if (!check || check.finding === 'no-text') return undefined;
  if (check.finding === 'not-found') return { note: 'Quote not found in the documents of the cited sources' };
  const title = sourceTitle(check.sourceId!);
  if (check.finding === 'exact') return { note: `Quote matches ${title} word for word (${where(check.found!)})` };
  return {
    note: `Quote differs from ${title} (${where(check.found!)})`,
    parts: wordDiff(check.found!.text, check.quoted, { loose: true }),
  };
}

/** Why a claim is an open item because of what its sources' documents say. */
export function sourceFlags(check: ClaimSourceCheck | undefined, sourceTitle: (id: string) => string): string[] {
  if (!check) return [];
  const flags: string[] = [];
  const quote = quoteNote(check.quote, sourceTitle);
  if (quote && check.quote!.finding !== 'exact') flags.push(quote.note);
  const unconfirmed = check.excerpts.filter((e) => e.finding === 'not-found').length;
  if (unconfirmed === 1) flags.push('An excerpt was not found in its source’s document');
  if (unconfirmed > 1) flags.push(`${unconfirmed} excerpts were not found in their sources’ documents`);
  return flags;
}
