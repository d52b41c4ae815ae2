import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Span } from '../../../shared/text-shape';
import { paragraphAt } from './progressive';

/** A claim's highlight or a suggested sentence in the draft on screen. */
export type DraftTarget = { claimId: string } | { suggestionKey: string };

export interface RevealOptions {
  /** Scrolls smoothly (unless the editor asked for reduced motion). */
  smooth?: boolean;
  /** Flashes the target for a moment, so that the eye finds it. */
  flash?: boolean;
}

interface ScrollRequest {
  target: DraftTarget;
  options: RevealOptions;
}

const SCROLL_EVENT = 'factcheck:scroll-draft';
/** How long a revealed claim stays flashed (styles: [data-flash]). */
export const FLASH_MS = 1600;

/**
 * Scrolls the draft on screen to a claim or a suggestion, even one whose paragraph is not drawn yet
 * (a long draft is drawn a batch per frame): the draft draws up to it first. Nothing happens when no
 * draft is shown or the target is not in the version shown.
 */
export function scrollDraftTo(target: DraftTarget, options: RevealOptions = {}): void {
  const detail: ScrollRequest = { target, options };
  window.dispatchEvent(new CustomEvent(SCROLL_EVENT, { detail }));
}

/** An attribute value inside double quotes in a selector. */
const quoted = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}"`;

function elementsFor(root: HTMLElement, target: DraftTarget, paragraph: Span): Element[] {
  const marked =
    'claimId' in target
      ? root.querySelectorAll(`[data-claim=${quoted(target.claimId)}]`)
      : root.querySelectorAll(`[data-suggestion=${quoted(target.suggestionKey)}]`);
  if (marked.length > 0) return [...marked];
  // A claim drawn only under a shorter one inside it has no mark of its own: its paragraph stands in.
  const stand = root.querySelector(`p[data-start="${paragraph.start}"]`);
  return stand ? [stand] : [];
}

const reducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Whether the element is wholly in view in its scrolling pane, below what sticks to the pane's top. */
function whollyInView(element: Element, root: HTMLElement): boolean {
  const pane = root.closest('.pane');
  if (!pane) return false;
  const box = element.getBoundingClientRect();
  const view = pane.getBoundingClientRect();
  if (view.height === 0) return false;
  const top = Math.max(view.top, pane.querySelector('.draft-toolbar')?.getBoundingClientRect().bottom ?? view.top);
  return box.top >= top && box.bottom <= view.bottom;
}

/** How long after a scroll began its end still counts as that scroll's (scrollend may never come). */
const SETTLE_MS = 3000;

/**
 * Scrolls the element to the middle of its pane. Paragraphs drawn for the first time on the way take
 * their real height, which moves the target while the scroll runs: when the scroll has ended, it
 * goes the rest of the way at once if it fell short.
 */
function bringIntoView(element: Element, root: HTMLElement, smooth: boolean): void {
  element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  const pane = root.closest('.pane');
  if (!pane || pane.clientHeight === 0) return;
  const settle = (): void => {
    pane.removeEventListener('scrollend', settle);
    clearTimeout(timer);
    if (element.isConnected && !whollyInView(element, root)) element.scrollIntoView({ block: 'center' });
  };
  const timer = setTimeout(() => pane.removeEventListener('scrollend', settle), SETTLE_MS);
  if (smooth) pane.addEventListener('scrollend', settle);
  else requestAnimationFrame(settle);
}

function flash(elements: readonly Element[]): void {
  for (const element of elements) {
    const node = element as HTMLElement;
    delete node.dataset.flash;
    // Read layout between taking the attribute off and putting it back, so the animation starts over.
    void node.offsetWidth;
    node.dataset.flash = 'on';
    setTimeout(() => {
      if (node.dataset.flash === 'on') delete node.dataset.flash;
    }, FLASH_MS);
  }
}

/**
 * Answers scrollDraftTo for one draft view, and returns the same for its own use: `offsetOf` places a
 * target in the shown version's text (null when it is not there), `showAtLeast` draws the paragraphs
 * up to it. A target already wholly in view is not scrolled to, only flashed.
 */
export function useScrollRequests(
  root: RefObject<HTMLElement | null>,
  paragraphs: readonly Span[],
  shown: number,
  offsetOf: (target: DraftTarget) => number | null,
  showAtLeast: (count: number) => void,
): (target: DraftTarget, options?: RevealOptions) => void {
  const pending = useRef<{ request: ScrollRequest; index: number } | null>(null);
  const latest = useRef({ paragraphs, shown, offsetOf, showAtLeast });
  useLayoutEffect(() => {
    latest.current = { paragraphs, shown, offsetOf, showAtLeast };
  });

  const scrollIfDrawn = useCallback((): void => {
    const wanted = pending.current;
    const { paragraphs: spans, shown: drawn } = latest.current;
    if (!wanted || !root.current || wanted.index >= drawn) return;
    const elements = elementsFor(root.current, wanted.request.target, spans[wanted.index]!);
    pending.current = null;
    const [first] = elements;
    if (!first) return;
    const { smooth, flash: flashIt } = wanted.request.options;
    if (!whollyInView(first, root.current)) bringIntoView(first, root.current, !!smooth && !reducedMotion());
    if (flashIt) flash(elements);
  }, [root]);

  const reveal = useCallback(
    (target: DraftTarget, options: RevealOptions = {}): void => {
      const offset = latest.current.offsetOf(target);
      if (offset === null) return;
      const index = paragraphAt(latest.current.paragraphs, offset);
      pending.current = { request: { target, options }, index };
      latest.current.showAtLeast(index + 1);
      scrollIfDrawn();
    },
    [scrollIfDrawn],
  );

  // Every render's effect: a request waiting for its paragraph finds its element after the commit that drew it.
  useEffect(() => scrollIfDrawn());

  useEffect(() => {
    const onRequest = (event: Event): void => {
      const { target, options } = (event as CustomEvent<ScrollRequest>).detail;
      reveal(target, options);
    };
    window.addEventListener(SCROLL_EVENT, onRequest);
    return () => window.removeEventListener(SCROLL_EVENT, onRequest);
  }, [reveal]);

  return reveal;
}
