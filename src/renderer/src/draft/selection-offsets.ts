import type { Span } from '../../../shared/text-shape';

/**
 * Maps a DOM position inside the draft to a UTF-16 offset in the version text. Every text run in
 * the draft sits in an element carrying `data-start`/`data-end` (its offsets in the text).
 */
function offsetOf(node: Node, offsetInNode: number, root: HTMLElement): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const holder = node.parentElement?.closest<HTMLElement>('[data-start]');
    return holder ? Number(holder.dataset.start) + offsetInNode : null;
  }
  const element = node as HTMLElement;
  const child = element.childNodes[offsetInNode];
  if (child) {
    const marked =
      child instanceof HTMLElement
        ? child.matches('[data-start]')
          ? child
          : child.querySelector<HTMLElement>('[data-start]')
        : null;
    if (marked) return Number(marked.dataset.start);
    if (child.nodeType === Node.TEXT_NODE) return offsetOf(child, 0, root);
  }
  // Past the last child: the end of this element, or of the draft's last paragraph.
  const holder = element.closest<HTMLElement>('[data-end]') ?? (element.lastElementChild as HTMLElement | null);
  return holder?.dataset.end !== undefined ? Number(holder.dataset.end) : null;
}

/** The current selection as a span of the draft text, or null when nothing in the draft is selected. */
export function selectionSpan(root: HTMLElement): Span | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOf(range.startContainer, range.startOffset, root);
  const end = offsetOf(range.endContainer, range.endOffset, root);
  if (start === null || end === null || start === end) return null;
  return start < end ? { start, end } : { start: end, end: start };
}
