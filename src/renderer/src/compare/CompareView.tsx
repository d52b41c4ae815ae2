import { useEffect, useMemo, useRef, useState } from 'react';
import type { Article, Comparison } from '../../../shared/model';
import { inlineBlocks, sideBySideBlocks, type MoveMarker } from './diff-blocks';
import { ChangeList } from './ChangeList';
import { DiffText, markerId, reveal } from './DiffText';
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

/** Two versions of the article compared: statistics, inline or side-by-side text, and a change list. */
export function CompareView({ article, from, to, onChangeVersions, onClose, load }: Props) {
  const [comparison, setComparison] = useState<{ key: string; value: Comparison } | null>(null);
  const [layout, setLayout] = useState<'inline' | 'side'>('inline');
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
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
  const inline = useMemo(() => (ready ? inlineBlocks(oldText, newText, ready.changes) : []), [ready, oldText, newText]);
  const sides = useMemo(
    () => (ready ? sideBySideBlocks(oldText, newText, ready.changes) : null),
    [ready, oldText, newText],
  );
  const other = (direction: MoveMarker['direction']): MoveMarker['direction'] => (direction === 'from' ? 'to' : 'from');

  /** Side by side: the other column follows at the same relative position. */
  function follow(source: HTMLDivElement | null, target: HTMLDivElement | null): void {
    if (!source || !target) return;
    const ratio = source.scrollTop / Math.max(1, source.scrollHeight - source.clientHeight);
    target.scrollTop = ratio * (target.scrollHeight - target.clientHeight);
  }

  function jump(change: number): void {
    const side = layout === 'inline' ? 'inline' : 'right';
    reveal(document.getElementById(`${side}-change-${change}`) ? `${side}-change-${change}` : `left-change-${change}`);
  }

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
      {ready ? (
        <div className="compare-body">
          {layout === 'inline' ? (
            <div className="diff-text" data-testid="diff-inline">
              <DiffText
                key={key}
                blocks={inline}
                side="inline"
                counterpart={(m) => markerId('inline', { move: m.move, direction: other(m.direction) })}
              />
            </div>
          ) : (
            <div className="diff-columns">
              <div
                ref={left}
                className="diff-text diff-column"
                data-testid="diff-old"
                onScroll={() => follow(left.current, right.current)}
              >
                <h2>Version {from}</h2>
                <DiffText
                  key={key}
                  blocks={sides!.left}
                  side="left"
                  counterpart={(m) => markerId('right', { move: m.move, direction: 'from' })}
                />
              </div>
              <div
                ref={right}
                className="diff-text diff-column"
                data-testid="diff-new"
                onScroll={() => follow(right.current, left.current)}
              >
                <h2>Version {to}</h2>
                <DiffText
                  key={key}
                  blocks={sides!.right}
                  side="right"
                  counterpart={(m) => markerId('left', { move: m.move, direction: 'to' })}
                />
              </div>
            </div>
          )}
          <ChangeList changes={ready.changes} oldText={oldText} newText={newText} onJump={jump} />
        </div>
      ) : null}
    </main>
  );
}
