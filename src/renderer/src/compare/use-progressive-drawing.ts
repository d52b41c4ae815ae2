import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { batchEnd, drawnAfter, FIRST_CHARS, nextBatch, STEP_CHARS } from './drawing';

export interface ProgressiveDrawing {
  /** How many blocks are drawn: the first ones, in order. */
  drawn: number;
  /** Asks for at least `count` blocks with the next render (from a layout effect: before the paint). */
  draw: (count: number) => void;
  /** Draws at least `count` blocks before it returns, so that they are in the page (from an event). */
  drawNow: (count: number) => void;
}

/**
 * How many of a list of blocks (of `sizes` characters each) to draw. The first `first` characters
 * come at once; the rest a batch per frame, each scheduled after the frame is painted, so the first
 * paint never waits for it. Every change goes through `drawnAfter` on the latest count, so a batch
 * that lands after a jump can never take back what the jump drew.
 */
export function useProgressiveDrawing(
  sizes: readonly number[],
  first = FIRST_CHARS,
  step = STEP_CHARS,
): ProgressiveDrawing {
  // Keyed by the list, so that another list starts over from its first batch.
  const [progress, setProgress] = useState(() => ({ of: sizes, drawn: batchEnd(sizes, 0, first) }));
  const drawn = progress.of === sizes ? progress.drawn : batchEnd(sizes, 0, first);

  const grow = useCallback(
    (wanted: (current: number) => number) =>
      setProgress((p) => {
        const current = p.of === sizes ? p.drawn : batchEnd(sizes, 0, first);
        const next = drawnAfter(current, wanted(current), sizes.length);
        return p.of === sizes && next === p.drawn ? p : { of: sizes, drawn: next };
      }),
    [sizes, first],
  );

  useEffect(() => {
    if (drawn >= sizes.length) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => grow((current) => nextBatch(sizes, current, step)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [sizes, drawn, step, grow]);

  const draw = useCallback((count: number) => grow(() => count), [grow]);
  const drawNow = useCallback((count: number) => flushSync(() => grow(() => count)), [grow]);
  return { drawn, draw, drawNow };
}
