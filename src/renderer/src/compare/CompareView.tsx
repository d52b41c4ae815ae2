import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article, Comparison } from '../../../shared/model';
import { diffBlocks } from './diff-blocks';
import { inlineSegments, sideBySideSegments } from './diff-segments';
import { ChangeList } from './ChangeList';
import { DiffColumn, type JumpTarget } from './DiffColumn';

interface Props {
  article: Article;
  from: number;
  to: number;
  onChangeVersions: (from: number, to: number) => void;
  onClose: () => void;
  load: (from: number, to: number) => Promise<Comparison | undefined>;
}

/** Characters per line of a diff column (16 px Georgia): for the height of a block not drawn yet. */
const INLINE_PER_LINE = 90;
const SIDE_PER_LINE = 45;

function percent(n: number): string {
  return `${Math.round(n * 1000) / 10}%`;
}

/** Two versions of the article compared: statistics, inline or side-by-side text, and a change list. */
export function CompareView({ article, from, to, onChangeVersions, onClose, load }: Props) {
  const [comparison, setComparison] = useState<{ key: string; value: Comparison } | null>(null);
  const [layout, setLayout] = useState<'inline' | 'side'>('inline');
  const key = `${article.id}:${from}:${to}`;

  useEffect(() => {
    let live = true;
    void load(from, to).then((value) => {
      if (live && value) setComparison({ key, value });
    });
    return () => {
      live = false;
    };
  }, [load, from, to, key]);

  const oldText = article.versions.find((v) => v.n === from)?.text ?? '';
  const newText = article.versions.find((v) => v.n === to)?.text ?? '';
  const ready = comparison?.key === key ? comparison.value : null;
  const count = ready?.changes.length ?? 0;
  // Only the layout on screen is worked out; each keeps its segments and paragraph blocks.
  const inline = useMemo(() => {
    if (!ready || layout !== 'inline') return null;
    const segments = inlineSegments(oldText, newText, ready.changes);
    return { segments, layout: diffBlocks(segments, count) };
  }, [ready, layout, oldText, newText, count]);
  const sides = useMemo(() => {
    if (!ready || layout !== 'side') return null;
    const { left, right } = sideBySideSegments(oldText, newText, ready.changes);
    return {
      left: { segments: left, layout: diffBlocks(left, count) },
      right: { segments: right, layout: diffBlocks(right, count) },
    };
  }, [ready, layout, oldText, newText, count]);
  const [target, setTarget] = useState<{ key: string; side: string; jump: JumpTarget } | null>(null);
  const seq = useRef(0);

  function choose(next: 'inline' | 'side'): void {
    setLayout(next);
    setTarget(null);
  }

  /** Side by side: the other column follows at the same relative position. */
  function follow(source: HTMLElement, target: Element | null): void {
    if (!(target instanceof HTMLElement)) return;
    const ratio = source.scrollTop / Math.max(1, source.scrollHeight - source.clientHeight);
    target.scrollTop = ratio * (target.scrollHeight - target.clientHeight);
  }

  /** To the change in the text on screen: in the newer column when it has text there, else the older. */
  const jump = useCallback(
    (change: number) => {
      const inNew = (sides?.right.layout.blockOfChange[change] ?? -1) >= 0;
      const side = layout === 'inline' ? 'inline' : inNew ? 'right' : 'left';
      seq.current += 1;
      setTarget({ key, side, jump: { change, seq: seq.current } });
    },
    [key, layout, sides],
  );
  /** A jump made in another layout or another pair of versions is not repeated here. */
  const targetOf = (side: string): JumpTarget | null =>
    target?.key === key && target.side === side ? target.jump : null;

  const versionOptions = article.versions.map((v) => (
    <option key={v.n} value={v.n}>
      Version {v.n}
      {v.label ? ` — ${v.label}` : ''}
    </option>
  ));
  const s = ready?.stats;

  return (
    <main className="pane draft-pane compare-pane" aria-label="Compare versions">
      <header className="draft-header compare-header">
        <div className="compare-title">
          <h1 className="draft-title">Compare versions</h1>
          <button type="button" className="button" onClick={onClose}>
            Back to the draft <kbd>Esc</kbd>
          </button>
        </div>
        <div className="compare-controls">
          <label>
            From
            <select
              aria-label="From version"
              value={from}
              onChange={(e) => onChangeVersions(Number(e.target.value), to)}
            >
              {versionOptions}
            </select>
          </label>
          <label>
            To
            <select aria-label="To version" value={to} onChange={(e) => onChangeVersions(from, Number(e.target.value))}>
              {versionOptions}
            </select>
          </label>
          <div className="segmented" role="group" aria-label="Layout">
            <button type="button" aria-pressed={layout === 'inline'} onClick={() => choose('inline')}>
              Inline
            </button>
            <button type="button" aria-pressed={layout === 'side'} onClick={() => choose('side')}>
              Side by side
            </button>
          </div>
        </div>
        {s ? (
          <p className="compare-stats" aria-label="Change summary">
            <span className="stat-add">+{s.wordsAdded} words</span>{' '}
            <span className="stat-del">−{s.wordsRemoved} words</span>
            {' · '}paragraphs: {s.paragraphsAdded} added, {s.paragraphsRemoved} removed, {s.paragraphsMoved} moved,{' '}
            {s.paragraphsChanged} changed · {percent(s.similarity)} unchanged
          </p>
        ) : (
          <p className="compare-stats">Comparing…</p>
        )}
      </header>
      {ready ? (
        <div className="compare-body">
          {inline ? (
            <DiffColumn
              key={key}
              {...inline}
              side="inline"
              perLine={INLINE_PER_LINE}
              target={targetOf('inline')}
              className="diff-text"
              testId="diff-inline"
            />
          ) : null}
          {sides ? (
            <div className="diff-columns">
              <DiffColumn
                key={`${key}:left`}
                {...sides.left}
                side="left"
                perLine={SIDE_PER_LINE}
                target={targetOf('left')}
                className="diff-text diff-column"
                testId="diff-old"
                heading={<h2>Version {from}</h2>}
                onScroll={(e) => follow(e.currentTarget, e.currentTarget.nextElementSibling)}
              />
              <DiffColumn
                key={`${key}:right`}
                {...sides.right}
                side="right"
                perLine={SIDE_PER_LINE}
                target={targetOf('right')}
                className="diff-text diff-column"
                testId="diff-new"
                heading={<h2>Version {to}</h2>}
                onScroll={(e) => follow(e.currentTarget, e.currentTarget.previousElementSibling)}
              />
            </div>
          ) : null}
          <ChangeList changes={ready.changes} oldText={oldText} newText={newText} onJump={jump} />
        </div>
      ) : null}
    </main>
  );
}
