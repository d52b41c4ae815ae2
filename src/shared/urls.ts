/** Spaces, control characters and invisible formatting (direction controls, zero-width ones). */
const HIDDEN_OR_SPACE = /[\s\p{Cc}\p{Cf}]/u;

/**
 * The only addresses the workbench turns into links or opens: http(s), and mailto where mail makes
 * sense. A web address must parse as a URL with a host and no user name or password (which would
 * let "https://example.org@evil.example" pose as example.org); the URL parser silently drops tabs
 * and line breaks, so anything hidden or blank is refused before it parses.
 */
export function isWebUrl(url: string): boolean {
  const trimmed = url.trim();
  if (!/^https?:\/\/[^/\\]/i.test(trimmed) || HIDDEN_OR_SPACE.test(trimmed)) return false;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export const isWebOrMailUrl = (url: string): boolean => isWebUrl(url) || /^mailto:[^\s]+$/i.test(url.trim());

/** An address without scheme, "www.", trailing slash or fragment: the same page written two ways. */
export function urlKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '');
}
