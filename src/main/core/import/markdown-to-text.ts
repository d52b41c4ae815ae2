import type { Nodes, Parents, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { checkMarkdownNesting, MAX_NESTING, tooDeep } from './nesting';

export interface MarkdownText {
  text: string;
  title?: string;
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'html':
      return '';
    default:
      return 'children' in node ? (node as Parents).children.map(inlineText).join('') : '';
  }
}

/** One paragraph of plain text per block; raw HTML is dropped, link targets are not kept as text. */
function blocks(node: Nodes, out: string[], depth: number, fileName: string): void {
  if (depth > MAX_NESTING) throw tooDeep(fileName);
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      out.push(inlineText(node));
      return;
    case 'code':
      out.push(node.value);
      return;
    case 'listItem':
      for (const [i, child] of node.children.entries()) {
        const before = out.length;
        blocks(child, out, depth + 1, fileName);
        if (i === 0 && out.length > before) out[before] = `• ${out[before] ?? ''}`;
      }
      return;
    case 'table':
      for (const row of node.children) out.push(row.children.map((cell) => inlineText(cell).trim()).join(' | '));
      return;
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return;
    default:
      if ('children' in node) for (const child of (node as Parents).children) blocks(child, out, depth + 1, fileName);
  }
}

/** Reduces Markdown to paragraphs of plain text; the first heading becomes the title. */
export function markdownToText(markdown: string, fileName: string): MarkdownText {
  checkMarkdownNesting(markdown, fileName);
  const tree: Root = fromMarkdown(markdown);
  const out: string[] = [];
  blocks(tree, out, 0, fileName);
  const heading = tree.children.find((n) => n.type === 'heading');
  const title = heading ? inlineText(heading).trim() : undefined;
  const text = out
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
  return title ? { text, title } : { text };
}
