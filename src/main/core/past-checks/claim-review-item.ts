import { PAST_CHECK_LIMITS, type ParsedFactChecks } from '../../../shared/past-checks';
import { dateField, FieldProblem, numberField, textField, webUrlField } from './clean-fields';

export type FactCheckItem = ParsedFactChecks['items'][number];
type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a JSON-LD node says it is of `type` (`@type` may be one name or a list, with or without a prefix). */
export function hasType(node: JsonObject, type: string): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((t) => typeof t === 'string' && (t === type || t.endsWith(`/${type}`) || t.endsWith(`:${type}`)));
}

/** The first of a value that may be one thing or a list of them. */
function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A Person or Organization's name, or a name given as text. */
function nameOf(value: unknown, what: string): string | undefined {
  const node = first(value);
  return textField(isObject(node) ? node['name'] : node, what, PAST_CHECK_LIMITS.fieldChars);
}

function appearanceOf(claim: JsonObject): FactCheckItem['appearance'] {
  const node = first(claim['appearance'] ?? claim['firstAppearance']);
  const url = webUrlField(isObject(node) ? node['url'] : node);
  const title = isObject(node)
    ? textField(node['headline'] ?? node['name'], 'appearance title', PAST_CHECK_LIMITS.fieldChars)
    : undefined;
  if (!url && !title) return undefined;
  return { ...(url ? { url } : {}), ...(title ? { title } : {}) };
}

function ratingOf(review: JsonObject): FactCheckItem['rating'] {
  const node = first(review['reviewRating']);
  if (node === undefined) throw new FieldProblem('it has no rating (reviewRating)');
  if (!isObject(node)) throw new FieldProblem('its rating (reviewRating) is not an object');
  const value = numberField(node['ratingValue'], 'rating value');
  const best = numberField(node['bestRating'], 'best rating');
  const worst = numberField(node['worstRating'], 'worst rating');
  const label =
    textField(node['alternateName'], 'rating label (alternateName)', 200) ??
    textField(node['name'], 'rating name', 200) ??
    (value !== undefined ? String(value) : undefined);
  if (label === undefined) throw new FieldProblem('its rating has neither a label (alternateName) nor a value');
  return {
    label,
    ...(value !== undefined ? { value } : {}),
    ...(best !== undefined ? { best } : {}),
    ...(worst !== undefined ? { worst } : {}),
  };
}

/**
 * One schema.org ClaimReview as an archive item. Throws FieldProblem, with the part of a sentence
 * that says what is wrong, when it has no claim, no rating or no address to tell it apart by.
 */
export function claimReviewItem(review: JsonObject, fileName: string): FactCheckItem {
  const claimNode = first(review['itemReviewed']);
  const claimed = isObject(claimNode) ? claimNode : {};
  const claim = textField(
    review['claimReviewed'] ?? claimed['text'] ?? claimed['name'],
    'claim text (claimReviewed)',
    PAST_CHECK_LIMITS.claimChars,
  );
  if (!claim) throw new FieldProblem('it has no claim text (claimReviewed)');
  const rating = ratingOf(review);
  const url = webUrlField(review['url']);
  if (review['url'] !== undefined && !url && typeof review['url'] === 'string' && review['url'].trim() !== '') {
    throw new FieldProblem('its address (url) is not a web address starting with http:// or https://');
  }
  const identifier = textField(review['identifier'] ?? review['@id'], 'identifier', PAST_CHECK_LIMITS.fieldChars);
  if (!url && !identifier) throw new FieldProblem('it has no address (url) or identifier to tell it apart by');
  const claimant = nameOf(claimed['author'], 'claimant');
  const appearance = appearanceOf(claimed);
  const claimDate = dateField(claimed['datePublished'] ?? claimed['dateCreated']);
  const reviewDate = dateField(review['datePublished'] ?? review['dateCreated']);
  const publisher = nameOf(review['author'] ?? review['publisher'], 'publisher');
  return {
    claim,
    ...(claimant ? { claimant } : {}),
    ...(appearance ? { appearance } : {}),
    ...(claimDate ? { claimDate } : {}),
    ...(reviewDate ? { reviewDate } : {}),
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
    ...(identifier ? { identifier } : {}),
    rating,
    fileName,
  };
}
