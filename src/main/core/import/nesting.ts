import { AppError } from '../app-error';

/** Deeper than this, a document is hostile or broken, not a draft. */
export const MAX_NESTING = 400;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

export function tooDeep(fileName: string): AppError {
  return new AppError(
    'TOO_LARGE',
    `${fileName} is nested more than ${MAX_NESTING} levels deep; it is not a draft the workbench can read.`,
  );
}

/** Checked on raw HTML or XML before any parser sees it. */
export function checkNesting(markup: string, fileName: string): void {
  let depth = 0;
  for (const match of markup.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const name = match[2]!.toLowerCase();
    if (VOID.has(name) || match[3]) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_NESTING) throw tooDeep(fileName);
  }
}

/** Quote markers and indentation show how deep Markdown nests before the (slow, deep) parse does. */
export function checkMarkdownNesting(markdown: string, fileName: string): void {
  for (const [lead] of markdown.matchAll(/^[ \t>]+/gm)) {
    const quotes = lead.split('>').length - 1;
    const indent = lead.replace(/>/g, '').replace(/\t/g, '    ').length;
    if (quotes + Math.floor(indent / 2) > MAX_NESTING) throw tooDeep(fileName);
  }
}
