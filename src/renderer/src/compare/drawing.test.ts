import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchEnd, charsFrom, drawnAfter, drawnToCover, FIRST_CHARS, nextBatch } from './drawing';

describe('drawing a long comparison in batches', () => {
  it('takes blocks until a batch holds its characters, and always at least one', () => {
    expect(batchEnd([100, 100, 100, 100], 0, 250)).toBe(3);
    expect(batchEnd([100, 100, 100, 100], 1, 100)).toBe(2);
    expect(batchEnd([50_000, 10], 0, FIRST_CHARS)).toBe(1);
    expect(batchEnd([10, 10], 2, 100)).toBe(2);
  });

  it('never draws fewer blocks than before, whatever a batch or a jump asks for', () => {
    expect(drawnAfter(40, 12, 100)).toBe(40);
    expect(drawnAfter(40, 75, 100)).toBe(75);
    expect(drawnAfter(40, 500, 100)).toBe(100);
  });

  it('only grows, and reaches every block, under any mix of batches and jumps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.oneof(fc.constant(-1), fc.nat({ max: 250 })), { maxLength: 40 }),
        (sizes, requests) => {
          let drawn = batchEnd(sizes, 0, FIRST_CHARS);
          for (const wanted of requests) {
            // -1: the next background batch; otherwise a jump to draw up to that block.
            const next = drawnAfter(drawn, wanted < 0 ? nextBatch(sizes, drawn) : wanted + 1, sizes.length);
            expect(next).toBeGreaterThanOrEqual(drawn);
            expect(next).toBeLessThanOrEqual(sizes.length);
            if (wanted >= 0) expect(next).toBeGreaterThanOrEqual(Math.min(wanted + 1, sizes.length));
            drawn = next;
          }
          // Batches alone then finish the drawing.
          for (let guard = 0; drawn < sizes.length && guard <= sizes.length; guard++) {
            const next = nextBatch(sizes, drawn);
            expect(next).toBeGreaterThan(drawn);
            drawn = next;
          }
          expect(drawn).toBe(sizes.length);
          expect(nextBatch(sizes, drawn)).toBe(drawn);
        },
      ),
    );
  });

  it('counts the characters that are not drawn yet, for the placeholder', () => {
    expect(charsFrom([10, 20, 30], 1)).toBe(50);
    expect(charsFrom([10, 20, 30], 3)).toBe(0);
  });

  it('draws enough blocks to cover what has scrolled into the placeholder, and nothing when nothing has', () => {
    // 0.5 px a character: 120 px are 240 characters, which the third block of 100 completes.
    expect(drawnToCover([100, 100, 100, 100, 100], 1, 120, 0.5)).toBe(4);
    expect(drawnToCover([100, 100, 100], 1, 0, 0.5)).toBe(1);
    expect(drawnToCover([100, 100, 100], 1, -40, 0.5)).toBe(1);
    expect(drawnToCover([100, 100], 2, 500, 0.5)).toBe(2);
    // A height per character not known (0) draws on rather than leave the gap blank.
    expect(drawnToCover([100, 100, 100], 0, 1, 0)).toBe(3);
  });
});
