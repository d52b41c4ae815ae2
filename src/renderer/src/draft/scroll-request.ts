import { useEffect, useRef, type RefObject } from 'react';
import type { Span } from '../../../shared/text-shape';
import { paragraphAt } from './progressive';

/** A claim's highlight or a suggested sentence in the draft on screen. */
export type DraftTarget = { claimId: string } | { suggestionKey: string };

interface ScrollRequest {
  target: DraftTarget;
  smooth: boolean;
}

const SCROLL_EVENT = 'factcheck:scroll-draft';

/**
 * Scrolls the draft on screen to a claim or a suggestion, even one whose paragraph is not drawn yet
 * (a long draft is drawn a batch per frame): the draft draws up to it first. Nothing happens when no
 * draft is shown or the target is not in the version shown.
 */
export function scrollDraftTo(target: DraftTarget, options: { smooth?: boolean } = {}): void {
  const detail: ScrollRequest = { target, smooth: options.smooth ?? false };
  window.dispatchEvent(new CustomEvent(SCROLL_EVENT, { detail }));
}

/** An attribute value inside double quotes in a selector. */
const quoted = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}"`;

function elementFor(root: HTMLElement, target: DraftTarget, paragraph: Span): Element | null {
  const marked =
    'claimId' in target
      ? root.querySelector(`[data-claim=${quoted(target.claimId)}]`)
      : root.querySelector(`[data-suggestion=${quoted(target.suggestionKey)}]`);
  // A claim drawn only under a shorter one inside it has no mark of its own: its paragraph stands in.
  return marked ?? root.querySelector(`p[data-start="${paragraph.start}"]`);
}

/**
 * Answers scrollDraftTo for one draft view: `offsetOf` places a target in the shown version's text
 * (null when it is not there), `showAtLeast` draws the paragraphs up to it.
 */
export function useScrollRequests(
  root: RefObject<HTMLElement | null>,
  paragraphs: readonly Span[],
  shown: number,
  offsetOf: (target: DraftTarget) => number | null,
  showAtLeast: (count: number) => void,
): void {
  const pending = useRef<{ request: ScrollRequest; index: number } | null>(null);

  // Every render's effect: it sees the current props, and a request waiting for its paragraph
  // finds its element after the commit that drew it.
  useEffect(() => {
    function scrollIfDrawn(): void {
      const wanted = pending.current;
      if (!wanted || !root.current || wanted.index >= shown) return;
      const element = elementFor(root.current, wanted.request.target, paragraphs[wanted.index]!);
      pending.current = null;
      element?.scrollIntoView({ block: 'center', behavior: wanted.request.smooth ? 'smooth' : 'auto' });
    }
    function onRequest(event: Event): void {
      const request = (event as CustomEvent<ScrollRequest>).detail;
      const offset = offsetOf(request.target);
      if (offset === null) return;
      const index = paragraphAt(paragraphs, offset);
      pending.current = { request, index };
      showAtLeast(index + 1);
      scrollIfDrawn();
    }
    scrollIfDrawn();
    window.addEventListener(SCROLL_EVENT, onRequest);
    return () => window.removeEventListener(SCROLL_EVENT, onRequest);
  });
}
