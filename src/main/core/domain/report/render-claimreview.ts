import type { Article, Claim, Settings } from '../../../../shared/model';
import { DEFAULT_CLAIM_REVIEW, type ReportOptions } from '../../../../shared/report';
import { AppError } from '../../app-error';
import { SETTLED_STATUSES } from '../summary';
import { safeUrl } from './report-model';

/** Longest `claimReviewed` given whole; a longer claim is cut at a word and the review says so. */
export const CLAIM_REVIEWED_MAX = 150;

/** The claim on one line: whole up to 150 characters, else cut at a word boundary with "…", never mid-word. */
export function shortClaim(text: string, max = CLAIM_REVIEWED_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > 0 ? `${cut.slice(0, space).replace(/[,;:]$/, '')}…` : flat;
}

/** The claim as it was made: who made it, where and when (not when it was imported). */
function itemReviewed(claim: Claim): Record<string, unknown> {
  const item: Record<string, unknown> = { '@type': 'Claim' };
  if (claim.claimant) {
    item.author = { '@type': claim.claimant.type === 'person' ? 'Person' : 'Organization', name: claim.claimant.name };
  }
  const made = claim.madeAt ?? claim.appearance?.date;
  if (made) item.datePublished = made;
  const { url, publication, date } = claim.appearance ?? {};
  const where = safeUrl(url);
  if (where || publication) {
    const work: Record<string, unknown> = { '@type': 'CreativeWork' };
    if (where) work.url = where;
    if (publication) work.publisher = { '@type': 'Organization', name: publication };
    if (date) work.datePublished = date;
    item.appearance = work;
  }
  return item;
}

/** schema.org ClaimReview JSON-LD for every claim with a final verdict. */
export function renderClaimReview(article: Article, settings: Settings, options: ReportOptions, now: string): string {
  const config = settings.claimReview ?? DEFAULT_CLAIM_REVIEW;
  if (!config.organizationName?.trim()) {
    throw new AppError(
      'INVALID_INPUT',
      'Set your organization’s name in Settings → ClaimReview before exporting ClaimReview.',
    );
  }
  const url = safeUrl(options.url) ?? safeUrl(config.url);
  if (!url) {
    throw new AppError(
      'INVALID_INPUT',
      'ClaimReview needs the published fact-check’s address (http or https): set it in Settings or in the export options.',
    );
  }
  const author: Record<string, string> = { '@type': 'Organization', name: config.organizationName.trim() };
  const orgUrl = safeUrl(config.organizationUrl);
  if (orgUrl) author.url = orgUrl;
  const reviews = article.claims
    .filter((c) => SETTLED_STATUSES.has(c.status) && config.verdicts[c.status])
    .map((c) => {
      const verdict = config.verdicts[c.status]!;
      const rating: Record<string, string | number> = { '@type': 'Rating', alternateName: c.verdict ?? verdict.label };
      if (verdict.rating !== undefined) {
        rating.ratingValue = verdict.rating;
        rating.bestRating = config.bestRating;
        rating.worstRating = config.worstRating;
      }
      const claimReviewed = shortClaim(c.anchor.exact);
      const whole = c.anchor.exact.replace(/\s+/g, ' ').trim();
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `${url}#claim-${article.claims.indexOf(c) + 1}`,
        claimReviewed,
        ...(claimReviewed === whole
          ? {}
          : { description: `The claim reviewed is shortened, cut at a word; in full: “${whole}”` }),
        itemReviewed: itemReviewed(c),
        author,
        datePublished: now.slice(0, 10),
        reviewRating: rating,
      };
    });
  // "<" escaped, so that the JSON-LD can be pasted into a <script> tag without closing it early.
  return `${JSON.stringify(reviews, null, 2).replace(/</g, '\\u003c')}\n`;
}
