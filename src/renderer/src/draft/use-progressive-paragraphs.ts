import { useCallback, useEffect, useState } from 'react';
import type { Span } from '../../../shared/text-shape';
import { batchEnd, FIRST_CHARS, STEP_CHARS } from './progressive';

/**
 * How many of a draft's paragraphs to draw. A screenful and a half comes first; the rest follows a
 * batch per frame, each scheduled after the frame is painted, so the first paint never waits for it
 * and no single task blocks the page. `showAtLeast(n)` jumps ahead (to scroll to a far claim).
 */
export function useProgressiveParagraphs(paragraphs: readonly Span[]): {
  shown: number;
  showAtLeast: (count: number) => void;
} {
  // Keyed by the paragraph list, so another version starts over from its first screenful.
  const [progress, setProgress] = useState({ of: paragraphs, count: batchEnd(paragraphs, 0, FIRST_CHARS) });
  const shown = progress.of === paragraphs ? progress.count : batchEnd(paragraphs, 0, FIRST_CHARS);

  useEffect(() => {
    if (shown >= paragraphs.length) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setProgress({ of: paragraphs, count: batchEnd(paragraphs, shown, STEP_CHARS) }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [paragraphs, shown]);

  const showAtLeast = useCallback(
    (count: number) =>
      setProgress((p) => {
        const current = p.of === paragraphs ? p.count : batchEnd(paragraphs, 0, FIRST_CHARS);
        return current >= count ? p : { of: paragraphs, count: Math.min(count, paragraphs.length) };
      }),
    [paragraphs],
  );
  return { shown, showAtLeast };
}
