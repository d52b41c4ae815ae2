import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import type { DraftLink } from '../../../shared/model';
import { isWebOrMailUrl } from '../../../shared/urls';
import { checkNesting } from './nesting';

export interface HtmlText {
  paragraphs: string[];
  title?: string;
  links: DraftLink[];
  /** Footnotes and endnotes (Word), kept as a notes section at the end. */
  notes: number;
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);
const DROPPED = [
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
];

/**
 * Untrusted HTML → paragraphs of plain text. DOMPurify removes scripts, event handlers, styles,
 * frames and remote resources first; then block elements (headings, paragraphs, list items, quotes,
 * table rows) become paragraphs. Link targets are kept aside as metadata, never as live links.
 */
export function htmlToText(html: string, fileName: string): HtmlText {
  checkNesting(html, fileName);
  const { window } = new JSDOM('');
  try {
    const parsed = new window.DOMParser().parseFromString(html, 'text/html');
    const title = parsed.querySelector('title')?.textContent?.trim() || undefined;
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    const body = purify.sanitize(parsed.body?.innerHTML ?? '', {
      RETURN_DOM: true,
      FORBID_TAGS: DROPPED,
    }) as unknown as HTMLElement;
    const result = reduce(body, window.Node);
    const heading = body.querySelector('h1, h2, h3')?.textContent?.replace(/\s+/g, ' ').trim();
    const found = title ?? heading;
    return found ? { ...result, title: found } : result;
  } finally {
    window.close();
  }
}

function reduce(root: HTMLElement, NodeType: { TEXT_NODE: number; ELEMENT_NODE: number }): Omit<HtmlText, 'title'> {
  const paragraphs: string[] = [];
  const links: DraftLink[] = [];
  let notes = 0;
  let buffer = '';
  let preDepth = 0;
  let rowDepth = 0;
  const flush = (): void => {
    // A list marker waiting for its item's first paragraph stays with it.
    if (/^(•|\[\d+\])\s*$/.test(buffer.trim())) return;
    const text = buffer.replace(/[ \t]*\n[ \t]*/g, '\n').trim();
    if (text) paragraphs.push(text);
    buffer = '';
  };
  // Iterative walk: [node, leaving] pairs, so that depth never reaches the call stack.
  const stack: [Node, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, leaving] = stack.pop()!;
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = node.textContent ?? '';
      buffer += preDepth > 0 ? text : text.replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) continue;
    const element = node as HTMLElement;
    const tag = element.tagName.toLowerCase();
    // Inside a table row, paragraphs in cells stay on the row's line.
    const breaks = BLOCK.has(tag) && (rowDepth === 0 || tag === 'tr');
    if (leaving) {
      if (tag === 'pre') preDepth--;
      if (tag === 'tr') rowDepth--;
      if (breaks) flush();
      continue;
    }
    if (tag === 'br') {
      buffer += '\n';
      continue;
    }
    const href = tag === 'a' ? (element.getAttribute('href') ?? '') : '';
    if (/^#(footnote|endnote)-ref-/.test(href)) continue;
    if (breaks) flush();
    if (tag === 'pre') preDepth++;
    if (tag === 'tr') rowDepth++;
    if (tag === 'li') {
      const note = /^(footnote|endnote)-(\d+)$/.exec(element.id);
      if (note) {
        if (notes === 0) paragraphs.push('Notes');
        notes++;
        buffer += `[${note[2]}] `;
      } else {
        buffer += '• ';
      }
    }
    if ((tag === 'td' || tag === 'th') && element.previousElementSibling) buffer += ' | ';
    if (tag === 'a' && isWebOrMailUrl(href)) {
      links.push({ text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(), url: href.trim() });
    }
    stack.push([element, true]);
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push([child, false]);
  }
  flush();
  return { paragraphs, links, notes };
}
