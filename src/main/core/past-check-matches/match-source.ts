import { LIMITS } from '../../../shared/limits';
import type { Source } from '../../../shared/model';
import type { PastCheck } from '../../../shared/past-checks';
import { isWebUrl, urlKey } from '../../../shared/urls';

const clip = (text: string, chars: number): string => (text.length > chars ? `${text.slice(0, chars - 1)}…` : text);

/** Who published a past fact-check, in a sentence: its publisher, else "this desk" for the desk's own. */
function publisherOf(check: PastCheck): string {
  return check.publisher ?? (check.origin === 'desk' ? 'this desk' : 'an unnamed fact-checker');
}

/** What marks the source of a desk claim's article: articles have no address, so their id does. */
function deskCitation(check: PastCheck): string {
  return `Fact-Check Workbench article ${check.articleId ?? ''}, claim ${check.claimId ?? ''}`;
}

/**
 * The source a confirmed match cites. An imported fact-check is a publication at its own address;
 * a desk claim is cited through its article (title and a citation naming the article and claim).
 */
export function sourceFieldsFor(check: PastCheck): Omit<Source, 'id' | 'createdAt' | 'updatedAt'> {
  if (check.origin === 'desk') {
    return {
      kind: 'publication',
      title: clip(`${check.publisher ?? 'This desk'}: ${check.articleTitle ?? check.claim}`, LIMITS.titleChars),
      citation: deskCitation(check),
      ...(check.publisher ? { publisher: check.publisher } : {}),
      ...(check.reviewDate ? { date: check.reviewDate } : {}),
    };
  }
  return {
    kind: 'publication',
    title: clip(`${publisherOf(check)}: ${check.claim}`, LIMITS.titleChars),
    ...(check.url && isWebUrl(check.url) ? { url: check.url } : {}),
    ...(check.publisher ? { publisher: check.publisher } : {}),
    ...(check.reviewDate ? { date: check.reviewDate } : {}),
    ...(!check.url && check.identifier ? { citation: `Fact-check ${check.identifier}` } : {}),
  };
}

/** A source already in the library for this fact-check: the same address (written either way) or citation. */
export function existingSourceFor(sources: readonly Source[], check: PastCheck): Source | undefined {
  const wanted = sourceFieldsFor(check);
  if (wanted.url) {
    const key = urlKey(wanted.url);
    return sources.find((source) => source.url !== undefined && urlKey(source.url) === key);
  }
  return sources.find((source) => source.citation !== undefined && source.citation === wanted.citation);
}

/** The evidence excerpt: the earlier verdict, who gave it and when, and the claim it was about. */
export function matchExcerpt(check: PastCheck): string {
  const when = check.reviewDate ? `, ${check.reviewDate}` : '';
  const where = check.origin === 'desk' && check.articleTitle ? ` in “${check.articleTitle}”` : '';
  const text = `Rated ${check.rating.label} by ${publisherOf(check)}${where}${when}: “${check.claim}”`;
  return clip(text, LIMITS.excerptChars);
}
