import type { Change } from '../../../shared/model';
import { changeEntries } from './change-entries';

interface Props {
  changes: Change[];
  oldText: string;
  newText: string;
  onJump: (change: number) => void;
}

export function ChangeList({ changes, oldText, newText, onJump }: Props) {
  const entries = changeEntries(changes, oldText, newText);
  return (
    <nav className="change-list" aria-label="Changes">
      <h2>
        {entries.length} change{entries.length === 1 ? '' : 's'}
      </h2>
      {entries.length === 0 ? <p className="empty-hint">The two versions are identical.</p> : null}
      <ol>
        {entries.map((e) => (
          <li key={e.first}>
            <button type="button" className={`change-item op-${e.op}`} onClick={() => onJump(e.first)}>
              <span className="change-op">{e.label}</span>
              {e.numbers.map((n, k) => (
                <span key={k} className="number-change">
                  {n.from} → {n.to}
                </span>
              ))}
              <span className="change-text">
                {e.before ? `…${e.before}` : null}
                {e.removed ? <del className="diff-delete">{e.removed}</del> : null}
                {e.removed && e.added ? ' ' : null}
                {e.op === 'move' ? e.added : e.added ? <ins className="diff-insert">{e.added}</ins> : null}
                {e.after ? `${e.after}…` : null}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
