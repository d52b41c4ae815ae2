import { memo, useImperativeHandle, useLayoutEffect, useMemo, useRef, type ReactNode, type Ref } from 'react';
import { changeId, counterpartOf, markerId, type ColumnLayout, type DiffSide } from './column-layout';
import type { DiffBlock, DiffSegment, MoveMarker } from './diff-blocks';
import { charsFrom, drawnToCover } from './drawing';
import { useProgressiveDrawing } from './use-progressive-drawing';

/** What the compare view can ask of a column. */
export interface ColumnHandle {
  /** Draws every block up to `block` now, then scrolls the element `id` to the middle and flashes it. */
  reveal: (block: number, id: string) => void;
  /** The scrolling element, to keep two columns side by side at the same place. */
  element: () => HTMLDivElement | null;
}

interface Props {
  layout: ColumnLayout;
  side: DiffSide;
  className: string;
  testId: string;
  heading?: ReactNode;
  /** A click on a move marker (stable across renders, so that drawn blocks are not drawn again). */
  onMarker: (side: DiffSide, marker: MoveMarker) => void;
  /** After the column scrolled and drew what came into view. */
  onScrolled?: (side: DiffSide) => void;
  ref?: Ref<ColumnHandle>;
}

function Segment({ segment, id }: { segment: DiffSegment; id: string | undefined }) {
  if (segment.kind === 'equal') return <span id={id}>{segment.text}</span>;
  if (segment.kind === 'insert')
    return (
      <ins id={id} className="diff-insert">
        {segment.text}
      </ins>
    );
  if (segment.kind === 'delete')
    return (
      <del id={id} className="diff-delete">
        {segment.text}
      </del>
    );
  return (
    <span id={id} className="diff-move">
      {segment.text}
    </span>
  );
}

interface BlockProps {
  block: DiffBlock;
  index: number;
  side: DiffSide;
  blockOfChange: Int32Array;
  onMarker: (side: DiffSide, marker: MoveMarker) => void;
}

/** One paragraph; drawn once, since its props never change while its column is shown. */
const Block = memo(function Block({ block, index, side, blockOfChange, onMarker }: BlockProps) {
  const marked = new Set<number>();
  const { marker } = block;
  const counterpart = marker && counterpartOf(side, marker);
  return (
    <p className={block.segments.length ? 'diff-paragraph' : 'diff-paragraph diff-moved-away'}>
      {marker && counterpart ? (
        <a
          id={markerId(side, marker)}
          className="move-marker"
          href={`#${markerId(counterpart.side, counterpart.marker)}`}
          onClick={(event) => {
            event.preventDefault();
            onMarker(side, marker);
          }}
        >
          {marker.direction === 'from' ? '↑' : '↓'} moved {marker.direction} ¶ {marker.paragraph}
        </a>
      ) : null}
      {block.segments.map((s, i) => {
        // The first piece of a change in the column carries its id, for the change list to jump to.
        const anchor = blockOfChange[s.change] === index && !marked.has(s.change);
        marked.add(s.change);
        return <Segment key={i} segment={s} id={anchor ? changeId(side, s.change) : undefined} />;
      })}
    </p>
  );
});

function flash(target: Element): void {
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1200);
}

/**
 * A column of compared text, drawn progressively: the first screen at once, the rest a batch per
 * frame; what is not drawn yet is one placeholder of its estimated height, so that the scrollbar
 * is right from the start. Scrolling into the placeholder, and any jump, draw up to there at once.
 */
export function DiffColumn({ layout, side, className, testId, heading, onMarker, onScrolled, ref }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const rest = useRef<HTMLDivElement>(null);
  const { sizes } = layout;
  const { drawn, draw, drawNow } = useProgressiveDrawing(sizes);
  const total = useMemo(() => charsFrom(sizes, 0), [sizes]);
  const drawnChars = useMemo(() => total - charsFrom(sizes, drawn), [total, sizes, drawn]);

  /** Pixels per character of the blocks drawn, and how far the placeholder's top is above `below`. */
  function measure(below: number): { perChar: number; missing: number } | null {
    if (!root.current || !rest.current || drawn >= sizes.length) return null;
    const box = root.current.getBoundingClientRect();
    const top = rest.current.getBoundingClientRect().top;
    const drawnHeight = top - box.top + root.current.scrollTop;
    const perChar = drawnChars > 0 && drawnHeight > 0 ? drawnHeight / drawnChars : 0.3;
    return { perChar, missing: box.bottom + below - top };
  }

  // After each batch: the placeholder takes the height of what it stands for, and when the first
  // screen is not filled yet (a tall window), more is drawn before the paint.
  useLayoutEffect(() => {
    const measured = measure(0);
    if (!measured || !rest.current) return;
    rest.current.style.height = `${Math.round((total - drawnChars) * measured.perChar)}px`;
    if (measured.missing > 0) draw(drawnToCover(sizes, drawn, measured.missing, measured.perChar));
  });

  useImperativeHandle(
    ref,
    () => ({
      reveal: (block, id) => {
        drawNow(block + 1);
        const target = document.getElementById(id);
        if (!target || !root.current?.contains(target)) return;
        target.scrollIntoView({ block: 'center' });
        flash(target);
      },
      element: () => root.current,
    }),
    [drawNow],
  );

  function onScroll(): void {
    // A screen ahead of the one in view, so that scrolling on shows text, never the placeholder.
    const measured = measure(root.current?.clientHeight ?? 0);
    if (measured && measured.missing > 0) drawNow(drawnToCover(sizes, drawn, measured.missing, measured.perChar));
    onScrolled?.(side);
  }

  const busy = drawn < layout.blocks.length;
  return (
    <div
      ref={root}
      className={className}
      data-testid={testId}
      data-drawn={drawn}
      data-blocks={layout.blocks.length}
      aria-busy={busy}
      onScroll={onScroll}
    >
      {heading}
      {layout.blocks.slice(0, drawn).map((block, b) => (
        <Block key={b} block={block} index={b} side={side} blockOfChange={layout.blockOfChange} onMarker={onMarker} />
      ))}
      {busy ? <div ref={rest} className="diff-rest" aria-hidden="true" /> : null}
    </div>
  );
}
