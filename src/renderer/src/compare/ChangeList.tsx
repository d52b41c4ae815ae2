import type { Change, NumberChange } from '../../../shared/model';

interface Props {
  changes: Change[];
  oldText: string;
  newText: string;
  onJump: (change: number) => void;
}

interface Entry {
  label: string;
  op: Change['op'];
  first: number;
  before: string;
  after: string;
  numbers: NumberChange[];
}

const LABELS: Record<Change['op'], string> = {
  equal: 'Unchanged',
  insert: 'Added',
  delete: 'Removed',
  replace: 'Changed',
  move: 'Moved',
};

/** Widens [start, end) to whole words so that a changed "120" reads as "4,120". */
function words(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && /[\p{L}\p{N},.$%'’-]/u.test(text.charAt(s - 1))) s--;
  while (e < text.length && /[\p{L}\p{N},$%'’-]/u.test(text.charAt(e))) e++;
  return text.slice(s, e);
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 90 ? `${flat.slice(0, 87)}…` : flat;
}

/**
 * One entry per change in reading order of the newer version. The pieces of a paragraph that moved
 * (and perhaps changed) form one entry; changes of whitespace alone (paragraph breaks) are left out.
 */
function entriesOf(changes: Change[], oldText: string, newText: string): Entry[] {
  const entries: Entry[] = [];
  let group: (Entry & { end: number; edited: boolean }) | undefined;
  changes.forEach((c, i) => {
    const raw = oldText.slice(c.old[0], c.old[1]) + newText.slice(c.new[0], c.new[1]);
    if (c.op !== 'equal' && c.op !== 'move' && raw.trim() === '') return;
    const before = words(oldText, c.old[0], c.old[1]);
    const after = words(newText, c.new[0], c.new[1]);
    if (c.moved) {
      if (group && group.end === c.new[0] && c.new[1] > c.new[0]) {
        group.after += newText.slice(c.new[0], c.new[1]);
        group.end = c.new[1];
        group.edited ||= c.op !== 'move';
        group.numbers.push(...(c.numbers ?? []));
        group.label = group.edited ? 'Moved & changed' : 'Moved';
        return;
      }
      group = {
        label: c.op === 'move' ? 'Moved' : 'Moved & changed',
        op: 'move',
        first: i,
        before: '',
        after: newText.slice(c.new[0], c.new[1]),
        numbers: [...(c.numbers ?? [])],
        end: c.new[1],
        edited: c.op !== 'move',
      };
      entries.push(group);
      return;
    }
    group = undefined;
    if (c.op === 'equal') return;
    entries.push({ label: LABELS[c.op], op: c.op, first: i, before, after, numbers: c.numbers ?? [] });
  });
  return entries;
}

export function ChangeList({ changes, oldText, newText, onJump }: Props) {
  const entries = entriesOf(changes, oldText, newText);
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
                {e.op === 'replace' ? `${snippet(e.before)} → ${snippet(e.after)}` : snippet(e.before || e.after)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
