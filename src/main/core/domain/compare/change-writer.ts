import { diffArrays } from 'diff';
import type { Change, ChangeOp, NumberChange } from '../../../../shared/model';
import { numbersIn } from './similarity';
import { sentenceTokens, type Token } from './tokens';

export type Range = [number, number];

/** Words, runs of whitespace and single other characters: together they spell the text exactly. */
function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu) ?? [];
}

/** Widens [start, end) over the digits and separators around it, so that "4,1|20|" reads as "4,120". */
function wholeNumbers(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && /[\d.,]/.test(text.charAt(s - 1))) s--;
  while (e < text.length && /[\d.,%]/.test(text.charAt(e))) e++;
  return text.slice(s, e);
}

function changedNumbers(before: string, after: string): NumberChange[] | undefined {
  const from = numbersIn(before);
  const to = numbersIn(after);
  if (from.join('\u0000') === to.join('\u0000') || (from.length === 0 && to.length === 0)) return undefined;
  if (from.length !== to.length) return [{ from: from.join(' '), to: to.join(' ') }];
  return from.map((f, i) => ({ from: f, to: to[i]! })).filter((pair) => pair.from !== pair.to);
}

/**
 * Collects the changes of a comparison, level by level. Every method covers the ranges it is given
 * completely, so the finished list partitions both texts.
 */
export class ChangeWriter {
  readonly changes: Change[] = [];

  constructor(
    private readonly oldText: string,
    private readonly newText: string,
  ) {}

  push(op: ChangeOp, old: Range, next: Range, moved: boolean): void {
    if (old[0] === old[1] && next[0] === next[1]) return;
    const change: Change = { op, old, new: next };
    if (moved) change.moved = true;
    if (op === 'replace') {
      const numbers = changedNumbers(
        wholeNumbers(this.oldText, old[0], old[1]),
        wholeNumbers(this.newText, next[0], next[1]),
      );
      if (numbers?.length) change.numbers = numbers;
    }
    this.changes.push(change);
  }

  /** Whatever differs: replaced when both sides have text, else deleted or inserted. */
  differing(old: Range, next: Range, moved: boolean): void {
    const hasOld = old[0] < old[1];
    const hasNew = next[0] < next[1];
    this.push(hasOld && hasNew ? 'replace' : hasOld ? 'delete' : 'insert', old, next, moved);
  }

  /** Two stretches with the same content that may differ in the whitespace after it. */
  aligned(old: Range, next: Range, moved: boolean): void {
    const a = this.oldText.slice(old[0], old[1]);
    const b = this.newText.slice(next[0], next[1]);
    let common = Math.min(a.length, b.length);
    if (a !== b) {
      common = 0;
      while (common < a.length && common < b.length && a.charCodeAt(common) === b.charCodeAt(common)) common++;
    }
    this.push(moved ? 'move' : 'equal', [old[0], old[0] + common], [next[0], next[0] + common], moved);
    this.differing([old[0] + common, old[1]], [next[0] + common, next[1]], moved);
  }

  /** Word level, for a run of changed sentences. Whitespace is a token too, so offsets stay exact. */
  words(old: Range, next: Range, moved: boolean): void {
    const parts = diffArrays(
      wordTokens(this.oldText.slice(old[0], old[1])),
      wordTokens(this.newText.slice(next[0], next[1])),
    );
    let o = old[0];
    let n = next[0];
    let pendingO = o;
    let pendingN = n;
    for (const part of parts) {
      const length = part.value.reduce((sum, token) => sum + token.length, 0);
      const value = part.value.join('');
      const pending = pendingO < o || pendingN < n;
      if (part.removed) o += length;
      else if (part.added) n += length;
      else if (pending && value.trim() === '') {
        // A lone space between two edits belongs to them: "nearly" → "more than" is one change.
        o += length;
        n += length;
      } else {
        this.differing([pendingO, o], [pendingN, n], moved);
        this.push(moved ? 'move' : 'equal', [o, o + length], [n, n + length], moved);
        o += length;
        n += length;
        pendingO = o;
        pendingN = n;
      }
    }
    this.differing([pendingO, o], [pendingN, n], moved);
  }

  /** Sentence level, for a pair of changed paragraphs; changed sentence runs go down to words. */
  sentences(old: Range, next: Range, moved: boolean): void {
    const oldTokens = sentenceTokens(this.oldText, old[0], old[1]);
    const newTokens = sentenceTokens(this.newText, next[0], next[1]);
    const span = (tokens: Token[], from: number, count: number, fallback: number): Range =>
      count === 0 ? [fallback, fallback] : [tokens[from]!.start, tokens[from + count - 1]!.end];
    let i = 0;
    let j = 0;
    let removed = 0;
    let added = 0;
    const flush = (): void => {
      const o = span(oldTokens, i - removed, removed, oldTokens[i]?.start ?? old[1]);
      const n = span(newTokens, j - added, added, newTokens[j]?.start ?? next[1]);
      if (removed > 0 && added > 0) this.words(o, n, moved);
      else this.differing(o, n, moved);
      removed = added = 0;
    };
    const keys = (tokens: Token[]): string[] => tokens.map((t) => t.key);
    for (const part of diffArrays(keys(oldTokens), keys(newTokens))) {
      if (part.removed) {
        removed += part.count;
        i += part.count;
      } else if (part.added) {
        added += part.count;
        j += part.count;
      } else {
        flush();
        for (let k = 0; k < part.count; k++, i++, j++) {
          this.aligned([oldTokens[i]!.start, oldTokens[i]!.end], [newTokens[j]!.start, newTokens[j]!.end], moved);
        }
      }
    }
    flush();
  }

  /** The changes in reading order of the new text, neighbours of the same kind merged. */
  finish(): Change[] {
    const sorted = [...this.changes].sort(
      (a, b) => a.new[0] - b.new[0] || Number(a.new[1] > a.new[0]) - Number(b.new[1] > b.new[0]) || a.old[0] - b.old[0],
    );
    const merged: Change[] = [];
    for (const change of sorted) {
      const last = merged[merged.length - 1];
      if (
        last &&
        last.op === change.op &&
        !!last.moved === !!change.moved &&
        last.old[1] === change.old[0] &&
        last.new[1] === change.new[0]
      ) {
        last.old = [last.old[0], change.old[1]];
        last.new = [last.new[0], change.new[1]];
        if (change.numbers) last.numbers = [...(last.numbers ?? []), ...change.numbers];
      } else {
        merged.push({ ...change });
      }
    }
    return merged;
  }
}
