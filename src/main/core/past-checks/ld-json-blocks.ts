import { createRequire } from 'node:module';
import type { JSDOM as JsdomClass } from 'jsdom';

/**
 * jsdom takes about a second to load: required when a saved page is first read, not when the core
 * starts (this module is part of every start through the archive's handlers).
 */
function loadJsdom(): typeof JsdomClass {
  return (createRequire(import.meta.url)('jsdom') as { JSDOM: typeof JsdomClass }).JSDOM;
}

/**
 * The text of a saved page's `<script type="application/ld+json">` blocks, in page order. The page
 * is parsed by jsdom as a browser would (so a block inside a comment or a template is not one), with
 * scripts never run and nothing fetched: the default for a JSDOM without `runScripts` or resources.
 */
export function ldJsonBlocks(html: string): string[] {
  // A page without the words has no block: no need to build its whole document.
  if (!/ld\+json/i.test(html)) return [];
  const JSDOM = loadJsdom();
  const { window } = new JSDOM(html);
  try {
    return [...window.document.querySelectorAll('script[type]')]
      .filter((script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
      .map((script) => script.textContent ?? '');
  } finally {
    window.close();
  }
}
