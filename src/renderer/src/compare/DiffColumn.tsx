import { memo, useEffect, useMemo, useRef, type CSSProperties, type ReactNode, type UIEvent } from 'react';
import { useProgressiveParagraphs } from '../draft/use-progressive-paragraphs';
import { blockPieces, estimatedLines, type DiffBlock, type DiffLayout } from './diff-blocks';
import type { DiffSegment } from './diff-segments';

/** A change to scroll to; `seq` tells two clicks on the same change apart. */
export interface JumpTarget {
  change: number;
  seq: number;
}

interface Props {
  segments: readonly DiffSegment[];
  layout: DiffLayout;
  /** Prefix of the ids that mark the first piece of each change ("inline", "left", "right"). */
  side: string;
  /** Characters per line in this column, for the height of a block not drawn yet. */
  perLine: number;
  target: JumpTarget | null;
  className: string;
  testId: string;
  heading?: ReactNode;
  onScroll?: (event: UIEvent<HTMLDivElement>) => void;
}

/** One paragraph of the column; its pieces are cut only when it is drawn, and drawn once. */
const Block = memo(function Block({
  segments,
  block,
  side,
  perLine,
}: {
  segments: readonly DiffSegment[];
  block: DiffBlock;
  side: string;
  perLine: number;
}) {
  return (
    <div className="diff-block" style={{ '--lines': estimatedLines(block, perLine) } as CSSProperties}>
      {blockPieces(segments, block).map((p, i) => {
        const id = p.anchor ? `${side}-change-${p.change}` : undefined;
        if (p.kind === 'equal') return <span key={i}>{p.text}</span>;
        if (p.kind === 'insert')
          return (
            <ins key={i} id={id} className="diff-insert">
              {p.text}
            </ins>
          );
        if (p.kind === 'delete')
          return (
            <del key={i} id={id} className="diff-delete">
              {p.text}
            </del>
          );
        return (
          <span key={i} id={id} className="diff-move">
            {p.text}
          </span>
        );
      })}
    </div>
  );
});

/**
 * A column of compared text: the first screenful is drawn at once, the rest a batch per frame after
 * paint; blocks off screen skip layout (content-visibility) but stay findable. A jump to a change
 * not drawn yet draws up to it first.
 */
export function DiffColumn({ segments, layout, side, perLine, target, className, testId, heading, onScroll }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const spans = useMemo(() => layout.blocks.map((b) => ({ start: b.start, end: b.end })), [layout]);
  const { shown, showAtLeast } = useProgressiveParagraphs(spans);
  const pending = useRef<JumpTarget | null>(null);

  useEffect(() => {
    if (!target) return;
    const block = layout.blockOfChange[target.change] ?? -1;
    if (block < 0) return;
    pending.current = target;
    showAtLeast(block + 1);
  }, [target, layout, showAtLeast]);

  // Every commit: a jump waiting for its block finds its element once that block is drawn (at
  // once when it already was, since showAtLeast then changes nothing).
  useEffect(() => {
    const wanted = pending.current;
    if (!wanted || (layout.blockOfChange[wanted.change] ?? -1) >= shown) return;
    pending.current = null;
    const element = root.current?.querySelector(`#${side}-change-${wanted.change}`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.classList.add('flash');
    setTimeout(() => element.classList.remove('flash'), 1200);
  });

  return (
    <div ref={root} className={className} data-testid={testId} onScroll={onScroll}>
      {heading}
      {layout.blocks.slice(0, shown).map((block, i) => (
        <Block key={i} segments={segments} block={block} side={side} perLine={perLine} />
      ))}
      {shown < layout.blocks.length ? <p className="toolbar-hint">Loading the rest…</p> : null}
    </div>
  );
}
