import { memo, useMemo } from 'react';
import type { ChangeEntry } from './change-entries';
import { useProgressiveDrawing } from './use-progressive-drawing';

interface Props {
  entries: ChangeEntry[];
  /** Stable across renders, so that entries drawn once are not drawn again. */
  onJump: (change: number) => void;
}

/** Entries drawn before the first paint (more than fill the list's height), then per frame. */
const FIRST_ENTRIES = 40;
const STEP_ENTRIES = 200;

const Entry = memo(function Entry({ entry, onJump }: { entry: ChangeEntry; onJump: (change: number) => void }) {
  return (
    <li>
      <button type="button" className={`change-item op-${entry.op}`} onClick={() => onJump(entry.first)}>
        <span className="change-op">{entry.label}</span>
        {entry.numbers.map((n, k) => (
          <span key={k} className="number-change">
            {n.from} → {n.to}
          </span>
        ))}
        <span className="change-text">
          {entry.before ? `…${entry.before}` : null}
          {entry.removed ? <del className="diff-delete">{entry.removed}</del> : null}
          {entry.removed && entry.added ? ' ' : null}
          {entry.op === 'move' ? entry.added : entry.added ? <ins className="diff-insert">{entry.added}</ins> : null}
          {entry.after ? `${entry.after}…` : null}
        </span>
      </button>
    </li>
  );
});

/** The list of changes, each jumping to its place in the text: a screenful first, the rest per frame. */
export function ChangeList({ entries, onJump }: Props) {
  // Every entry counts as one; the same array for the same entries, since the drawing is keyed by it.
  const sizes = useMemo(() => entries.map(() => 1), [entries]);
  const { drawn } = useProgressiveDrawing(sizes, FIRST_ENTRIES, STEP_ENTRIES);
  return (
    <nav className="change-list" aria-label="Changes" aria-busy={drawn < entries.length}>
      <h2>
        {entries.length} change{entries.length === 1 ? '' : 's'}
      </h2>
      {entries.length === 0 ? <p className="empty-hint">The two versions are identical.</p> : null}
      <ol>
        {entries.slice(0, drawn).map((e) => (
          <Entry key={e.first} entry={e} onJump={onJump} />
        ))}
      </ol>
    </nav>
  );
}
