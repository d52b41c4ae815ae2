import type { Change, NumberChange } from '../../../shared/model';
import { movedParagraphs } from './moves';

/** One line of the change list: the changed words themselves, with a few words around them. */
export interface ChangeEntry {
  label: string;
  op: Change['op'];
  /** Index of its first change, to jump to. */
  first: number;
  /** Unchanged words just before and after, within the same paragraph. */
  before: string;
  removed: string;
  added: string;
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

const CONTEXT_WORDS = 3;
const MAX_CHARS = 160;

const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** Long stretches are cut short; spaces at either end stay where context words meet them. */
function clip(text: string, trimStart = true, trimEnd = true): string {
  let one = flat(text);
  if (trimStart) one = one.trimStart();
  if (trimEnd) one = one.trimEnd();
  return one.length > MAX_CHARS ? `${one.slice(0, MAX_CHARS - 1)}…` : one;
}

/** The last few words before `at`, not reaching back over a paragraph break. */
function contextBefore(text: string, at: number): string {
  const line =
    text
      .slice(Math.max(0, at - 120), at)
      .split('\n')
      .at(-1) ?? '';
  const words = line.match(/\S+\s*/g) ?? [];
  return flat(words.slice(-CONTEXT_WORDS).join('')).replace(/^\s+/, '');
}

/** The first few words after `at`, not reaching over a paragraph break. */
function contextAfter(text: string, at: number): string {
  const line = text.slice(at, at + 120).split('\n')[0] ?? '';
  const words = line.match(/\s*\S+/g) ?? [];
  return flat(words.slice(0, CONTEXT_WORDS).join('')).replace(/\s+$/, '');
}

/**
 * One entry per change in reading order of the newer version; a moved paragraph (perhaps edited) is
 * one entry. Changes of whitespace alone (paragraph breaks) are left out.
 */
export function changeEntries(changes: readonly Change[], oldText: string, newText: string): ChangeEntry[] {
  const moves = movedParagraphs(changes, oldText, newText);
  const moveAt = new Map(moves.map((m) => [m.changes[0]!, m]));
  const entries: ChangeEntry[] = [];
  changes.forEach((c, i) => {
    const move = moveAt.get(i);
    if (move) {
      entries.push({
        label: `${move.edited ? 'Moved & changed' : 'Moved'} ¶ ${move.from} → ¶ ${move.to}`,
        op: 'move',
        first: i,
        before: '',
        removed: '',
        added: clip(newText.slice(move.new[0], move.new[1])),
        after: '',
        numbers: move.changes.flatMap((k) => changes[k]!.numbers ?? []),
      });
    }
    if (c.moved || c.op === 'equal') return;
    const removed = oldText.slice(c.old[0], c.old[1]);
    const added = newText.slice(c.new[0], c.new[1]);
    if ((removed + added).trim() === '') return;
    // Context from the text the change sits in: the newer version, or the older for a removal.
    const [text, from, to] = added ? [newText, c.new[0], c.new[1]] : [oldText, c.old[0], c.old[1]];
    const before = contextBefore(text, from);
    const after = contextAfter(text, to);
    entries.push({
      label: LABELS[c.op],
      op: c.op,
      first: i,
      before,
      removed: clip(removed, !before, !after),
      added: clip(added, !before, !after),
      after,
      numbers: c.numbers ?? [],
    });
  });
  return entries;
}
