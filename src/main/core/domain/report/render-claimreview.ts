import type { Article, Settings } from '../../../../shared/model';
import { DEFAULT_CLAIM_REVIEW, type ReportOptions } from '../../../../shared/report';
import { AppError } from '../../app-error';
import { SETTLED_STATUSES } from '../summary';
import { safeUrl } from './report-model';

/** Under 75 characters where possible, cut at a word boundary, never mid-word. */
export function shortClaim(text: string, max = 75): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length < max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return space > 0 ? `${cut.slice(0, space).replace(/[,;:]$/, '')}…` : flat;
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
  const version = article.versions[article.versions.length - 1]!;
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
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `${url}#claim-${article.claims.indexOf(c) + 1}`,
        claimReviewed: shortClaim(c.anchor.exact),
        itemReviewed: { '@type': 'Claim', datePublished: version.createdAt.slice(0, 10) },
        author,
        datePublished: now.slice(0, 10),
        reviewRating: rating,
      };
    });
  // "<" escaped, so that the JSON-LD can be pasted into a <script> tag without closing it early.
  return `${JSON.stringify(reviews, null, 2).replace(/</g, '\\u003c')}\n`;
}
