import { useEffect, useState, type MouseEvent } from 'react';
import type { DiffBlock, DiffSegment, MoveMarker } from './diff-blocks';

/** Paragraphs rendered per frame, so that a 50,000-word comparison never blocks the page for long. */
const CHUNK = 150;

export type DiffSide = 'inline' | 'left' | 'right';

/** The element id of a move marker, so that its counterpart can scroll to it. */
export const markerId = (side: DiffSide, marker: Pick<MoveMarker, 'move' | 'direction'>): string =>
  `${side}-moved-${marker.direction}-${marker.move}`;

/** Scrolls to an element of the comparison and makes it blink once. */
export function reveal(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1200);
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

interface Props {
  blocks: DiffBlock[];
  side: DiffSide;
  /** The id of the counterpart of a move marker: in the same text, or in the other column. */
  counterpart: (marker: MoveMarker) => string;
}

/** A comparison's paragraphs, a chunk at a time; ids mark each change's first segment for jumping. */
export function DiffText({ blocks, side, counterpart }: Props) {
  const [shown, setShown] = useState(CHUNK);
  useEffect(() => {
    if (shown >= blocks.length) return;
    const timer = setTimeout(() => setShown((n) => n + CHUNK), 0);
    return () => clearTimeout(timer);
  }, [shown, blocks.length]);
  const seen = new Set<number>();
  const jump = (event: MouseEvent, marker: MoveMarker): void => {
    event.preventDefault();
    reveal(counterpart(marker));
  };
  return (
    <>
      {blocks.slice(0, shown).map((block, b) => (
        <p key={b} className={block.segments.length ? 'diff-paragraph' : 'diff-paragraph diff-moved-away'}>
          {block.marker ? (
            <a
              id={markerId(side, block.marker)}
              className="move-marker"
              href={`#${counterpart(block.marker)}`}
              onClick={(e) => jump(e, block.marker!)}
            >
              {block.marker.direction === 'from' ? '↑' : '↓'} moved {block.marker.direction} ¶ {block.marker.paragraph}
            </a>
          ) : null}
          {block.segments.map((s, i) => {
            const first = !seen.has(s.change);
            seen.add(s.change);
            return <Segment key={i} segment={s} id={first ? `${side}-change-${s.change}` : undefined} />;
          })}
        </p>
      ))}
      {shown < blocks.length ? <p className="toolbar-hint">Loading the rest…</p> : null}
    </>
  );
}
