// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../shared/model';
import { CompareView } from './CompareView';
import { LONG_COMPARISON, LONG_NEW, LONG_OLD } from './long-revision';

const at = '2026-12-01T09:00:00.000Z';
const article: Article = {
  id: 'a1',
  title: 'The long audit',
  createdAt: at,
  updatedAt: at,
  versions: [
    { n: 1, text: LONG_OLD, format: 'paste', createdAt: at, sha256: '' },
    { n: 2, text: LONG_NEW, format: 'paste', createdAt: at, sha256: '' },
  ],
  claims: [],
};

let scrolled: ReturnType<typeof vi.fn<(this: Element) => void>>;

/** The compare view with its comparison arrived; the batches after the first wait for the timers. */
async function renderComparison(): Promise<HTMLElement> {
  const noop = (): void => undefined;
  const { container } = render(
    <CompareView
      article={article}
      from={1}
      to={2}
      onChangeVersions={noop}
      onClose={noop}
      load={() => Promise.resolve(LONG_COMPARISON)}
    />,
  );
  await act(async () => undefined);
  return container;
}

const column = (container: HTMLElement, testId: string): HTMLElement =>
  container.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!;
const drawn = (element: HTMLElement): number => Number(element.dataset.drawn);
const blocks = (element: HTMLElement): number => Number(element.dataset.blocks);
const lastEntry = (): HTMLElement => screen.getAllByRole('button', { name: /Added|Moved/ }).at(-1)!;

beforeEach(() => {
  // Held timers hold the batches drawn after the first: only a jump can draw further.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  scrolled = vi.fn<(this: Element) => void>(function (this: Element) {});
  Element.prototype.scrollIntoView = scrolled;
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('CompareView on a long comparison', () => {
  it('draws the statistics and a first batch at once, then the rest, only ever adding to it', async () => {
    const container = await renderComparison();
    expect(screen.getByLabelText('Change summary').textContent).toContain('1 moved, 1 changed');
    const inline = column(container, 'diff-inline');
    const counts = [drawn(inline)];
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBeLessThan(blocks(inline));
    expect(inline.getAttribute('aria-busy')).toBe('true');
    for (let frame = 0; frame < 100 && drawn(inline) < blocks(inline); frame++) {
      await act(async () => {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        vi.runOnlyPendingTimers();
      });
      counts.push(drawn(inline));
    }
    expect(counts.at(-1)).toBe(blocks(inline));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(inline.querySelectorAll('.diff-paragraph')).toHaveLength(blocks(inline));
    expect(inline.getAttribute('aria-busy')).toBe('false');
  });

  it('inline: a jump to the last change draws up to it within the click, then scrolls to it', async () => {
    const container = await renderComparison();
    const inline = column(container, 'diff-inline');
    const before = drawn(inline);
    expect(inline.querySelector('ins')).toBeNull();
    fireEvent.click(lastEntry());
    expect(drawn(inline)).toBeGreaterThan(before);
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.contexts[0]).toBe(inline.querySelector('ins'));
    expect(inline.querySelector('ins')?.textContent).toBe('final ');
  });

  it('inline: a move marker draws up to the other end of the move and scrolls to it, and back', async () => {
    const container = await renderComparison();
    const inline = column(container, 'diff-inline');
    expect(inline.querySelector('#inline-moved-from-0')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: /moved to ¶ 398/ }));
    const other = inline.querySelector('#inline-moved-from-0');
    expect(other?.textContent).toContain('moved from ¶ 2');
    expect(scrolled.mock.contexts[0]).toBe(other);
    fireEvent.click(other!);
    expect(scrolled.mock.contexts[1]).toBe(inline.querySelector('#inline-moved-to-0'));
  });

  it('side by side: the last change and both ends of a move, each drawn within the click', async () => {
    const container = await renderComparison();
    fireEvent.click(screen.getByRole('button', { name: 'Side by side' }));
    const left = column(container, 'diff-old');
    const right = column(container, 'diff-new');
    expect(drawn(right)).toBeLessThan(blocks(right));
    fireEvent.click(lastEntry());
    expect(scrolled.mock.contexts[0]).toBe(right.querySelector('ins'));
    expect(right.querySelector('ins')?.textContent).toBe('final ');

    expect(drawn(left)).toBeLessThan(blocks(left));
    expect(left.querySelector('#left-moved-to-0')).not.toBeNull();
    fireEvent.click(right.querySelector('#right-moved-from-0')!);
    expect(scrolled.mock.contexts[1]).toBe(left.querySelector('#left-moved-to-0'));
    fireEvent.click(left.querySelector('#left-moved-to-0')!);
    expect(scrolled.mock.contexts[2]).toBe(right.querySelector('#right-moved-from-0'));
  });
});
