/** The only addresses the workbench turns into links or opens: http(s), and mailto where mail makes sense. */
export const isWebUrl = (url: string): boolean => /^https?:\/\/[^\s]+$/i.test(url.trim());

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
