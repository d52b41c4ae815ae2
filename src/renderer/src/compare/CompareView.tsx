import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Article, Comparison } from '../../../shared/model';
import { ChangeList } from './ChangeList';
import { changeTarget, markerTarget, type DiffSide, type JumpTarget, type ShownColumns } from './column-layout';
import { entriesOf, shownColumns } from './compare-layouts';
import type { MoveMarker } from './diff-blocks';
import { DiffColumn, type ColumnHandle } from './DiffColumn';
import './compare.css';

interface Props {
  article: Article;
  from: number;
  to: number;
  onChangeVersions: (from: number, to: number) => void;
  onClose: () => void;
  load: (from: number, to: number) => Promise<Comparison | undefined>;
}

function percent(n: number): string {
  return `${Math.round(n * 1000) / 10}%`;
}

/**
 * Side by side, a column scrolled by the person or by a jump takes the other to the same relative
 * place. The scroll this causes in the other column is not followed back, nor is one the other
 * column had pending: the column that moved first stays exactly where it was put.
 */
function useFollowingColumns(columns: Record<DiffSide, { current: ColumnHandle | null }>) {
  // Where each column was last put by the other: its scroll event at that place is our own echo.
  const echo = useRef(new Map<DiffSide, number>());
  const align = useCallback(
    (side: DiffSide) => {
      if (side === 'inline') return;
      const other: DiffSide = side === 'left' ? 'right' : 'left';
      const source = columns[side].current?.element();
      const target = columns[other].current?.element();
      if (!source || !target) return;
      const ratio = source.scrollTop / Math.max(1, source.scrollHeight - source.clientHeight);
      target.scrollTop = ratio * Math.max(0, target.scrollHeight - target.clientHeight);
      echo.current.set(other, target.scrollTop);
    },
    [columns],
  );
  const onScrolled = useCallback(
    (side: DiffSide) => {
      const put = echo.current.get(side);
      echo.current.delete(side);
      const top = columns[side].current?.element()?.scrollTop;
      if (put !== undefined && top !== undefined && Math.abs(top - put) < 2) return;
      align(side);
    },
    [columns, align],
  );
  return { align, onScrolled };
}

/** Two versions of the article compared: statistics, inline or side-by-side text, and a change list. */
export function CompareView({ article, from, to, onChangeVersions, onClose, load }: Props) {
  const [comparison, setComparison] = useState<{ key: string; value: Comparison } | null>(null);
  const [layout, setLayout] = useState<'inline' | 'side'>('inline');
  const inlineColumn = useRef<ColumnHandle>(null);
  const leftColumn = useRef<ColumnHandle>(null);
  const rightColumn = useRef<ColumnHandle>(null);
  const columns = useMemo(() => ({ inline: inlineColumn, left: leftColumn, right: rightColumn }), []);
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
  // Only the layout on screen is worked out.
  const shown = useMemo(
    () => (ready ? shownColumns(ready, oldText, newText, layout) : null),
    [ready, oldText, newText, layout],
  );
  const entries = useMemo(() => (ready ? entriesOf(ready, oldText, newText) : []), [ready, oldText, newText]);

  // The jumps read the columns on screen when they happen, so that they stay the same functions
  // and the entries and paragraphs already drawn are never drawn again for a new one.
  const current = useRef<ShownColumns | null>(null);
  useLayoutEffect(() => {
    current.current = shown;
  }, [shown]);
  const { align, onScrolled } = useFollowingColumns(columns);
  const go = useCallback(
    (target: JumpTarget | null) => {
      if (!target) return;
      columns[target.side].current?.reveal(target.block, target.id);
      align(target.side);
    },
    [columns, align],
  );
  const jump = useCallback((change: number) => go(current.current && changeTarget(current.current, change)), [go]);
  const jumpToCounterpart = useCallback(
    (side: DiffSide, marker: MoveMarker) => go(current.current && markerTarget(current.current, side, marker)),
    [go],
  );

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
            <button type="button" aria-pressed={layout === 'inline'} onClick={() => setLayout('inline')}>
              Inline
            </button>
            <button type="button" aria-pressed={layout === 'side'} onClick={() => setLayout('side')}>
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
      {shown ? (
        <div className="compare-body">
          {'inline' in shown ? (
            <DiffColumn
              key={`${key}:inline`}
              ref={inlineColumn}
              layout={shown.inline}
              side="inline"
              className="diff-text"
              testId="diff-inline"
              onMarker={jumpToCounterpart}
            />
          ) : (
            <div className="diff-columns">
              <DiffColumn
                key={`${key}:left`}
                ref={leftColumn}
                layout={shown.left}
                side="left"
                className="diff-text diff-column"
                testId="diff-old"
                heading={<h2>Version {from}</h2>}
                onMarker={jumpToCounterpart}
                onScrolled={onScrolled}
              />
              <DiffColumn
                key={`${key}:right`}
                ref={rightColumn}
                layout={shown.right}
                side="right"
                className="diff-text diff-column"
                testId="diff-new"
                heading={<h2>Version {to}</h2>}
                onMarker={jumpToCounterpart}
                onScrolled={onScrolled}
              />
            </div>
          )}
          <ChangeList key={key} entries={entries} onJump={jump} />
        </div>
      ) : null}
    </main>
  );
}
