import type { AnchorState, Change } from '../../../shared/model';
import { wordSimilarity } from './compare/similarity';

export interface ClaimSpan {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Reanchored {
  id: string;
  state: AnchorState;
  /** Offsets into the new text; null when orphaned. */
  start: number | null;
  end: number | null;
  /** 1 for an exact mapping; the match score for a moved or edited claim; 0 when orphaned. */
  confidence: number;
}

/** Below this score an edited passage is not trusted to be the claim's new wording. */
export const EDITED_THRESHOLD = 0.5;
/** An identical quote found elsewhere must share at least this much of its surroundings. */
const CONTEXT_THRESHOLD = 0.5;
const MAX_OCCURRENCES = 200;

interface Mapped {
  at: number;
  exact: boolean;
  moved: boolean;
}

const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Maps old offsets to new ones through a change list (see Change: it partitions both texts). */
class OffsetMap {
  private readonly byOld: Change[];

  constructor(
    changes: readonly Change[],
    private readonly newLength: number,
  ) {
    this.byOld = changes.filter((c) => c.old[1] > c.old[0]).sort((a, b) => a.old[0] - b.old[0]);
  }

  /** The change holding old offset `pos`: the character after it, or before it for an end offset. */
  private find(pos: number, isEnd: boolean): Change | undefined {
    const probe = isEnd ? pos - 1 : pos;
    let lo = 0;
    let hi = this.byOld.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.byOld[mid]!;
      if (probe < c.old[0]) hi = mid - 1;
      else if (probe >= c.old[1]) lo = mid + 1;
      else return c;
    }
    return undefined;
  }

  map(pos: number, isEnd: boolean): Mapped {
    const c = this.find(pos, isEnd);
    if (!c) return { at: isEnd ? this.newLength : 0, exact: false, moved: false };
    if (c.op === 'equal' || c.op === 'move')
      return { at: c.new[0] + pos - c.old[0], exact: true, moved: c.op === 'move' };
    const oldSpan = c.old[1] - c.old[0];
    const newSpan = c.new[1] - c.new[0];
    const at = c.new[0] + Math.round(((pos - c.old[0]) * newSpan) / Math.max(1, oldSpan));
    return { at: Math.min(this.newLength, at), exact: false, moved: !!c.moved };
  }
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How much of the claim's remembered surroundings are found around [start, end) in `text`. */
function contextScore(claim: ClaimSpan, text: string, start: number, end: number): number {
  const wanted = claim.prefix.length + claim.suffix.length;
  if (wanted === 0) return 1;
  const before = commonSuffix(claim.prefix, text.slice(Math.max(0, start - claim.prefix.length), start));
  const after = commonPrefix(claim.suffix, text.slice(end, end + claim.suffix.length));
  return (before + after) / wanted;
}

/** Widens [start, end) to whole words and trims surrounding whitespace. */
function snapToWords(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && isWordChar(text.charAt(s - 1)) && isWordChar(text.charAt(s))) s--;
  while (e < text.length && isWordChar(text.charAt(e - 1)) && isWordChar(text.charAt(e))) e++;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (s > 0 && isLowSurrogate(text.charCodeAt(s))) s--;
  if (e < text.length && isLowSurrogate(text.charCodeAt(e))) e++;
  return [s, e];
}

function findExact(claim: ClaimSpan, newText: string, near: number): { at: number; score: number } | undefined {
  let best: { at: number; score: number } | undefined;
  let from = 0;
  for (let n = 0; n < MAX_OCCURRENCES; n++) {
    const at = newText.indexOf(claim.exact, from);
    if (at < 0) break;
    from = at + 1;
    const score = contextScore(claim, newText, at, at + claim.exact.length);
    if (score < CONTEXT_THRESHOLD) continue;
    if (!best || score > best.score || (score === best.score && Math.abs(at - near) < Math.abs(best.at - near))) {
      best = { at, score };
    }
  }
  return best;
}

/**
 * Carries claims from the old text to the new one (DESIGN.md §4). A claim is `current` or `moved`
 * only where the new text equals its quote exactly; `edited` where a similar passage sits where the
 * diff puts it, scored in [0, 1]; otherwise `orphaned`, for the editor to re-attach.
 */
export function reanchorClaims(
  newText: string,
  changes: readonly Change[],
  claims: readonly ClaimSpan[],
): Reanchored[] {
  const map = new OffsetMap(changes, newText.length);
  return claims.map((claim) => {
    const s = map.map(claim.start, false);
    const e = map.map(claim.end, true);
    if (s.exact && e.exact && newText.slice(s.at, e.at) === claim.exact) {
      return { id: claim.id, state: s.moved || e.moved ? 'moved' : 'current', start: s.at, end: e.at, confidence: 1 };
    }
    const found = findExact(claim, newText, s.at);
    if (found) {
      const state = found.at === s.at ? 'current' : 'moved';
      return { id: claim.id, state, start: found.at, end: found.at + claim.exact.length, confidence: found.score };
    }
    if (e.at > s.at) {
      const [start, end] = snapToWords(newText, s.at, e.at);
      if (end > start) {
        const candidate = newText.slice(start, end);
        const confidence =
          0.7 * wordSimilarity(claim.exact, candidate) + 0.3 * contextScore(claim, newText, start, end);
        if (confidence >= EDITED_THRESHOLD) {
          return { id: claim.id, state: 'edited', start, end, confidence: Math.round(confidence * 1000) / 1000 };
        }
      }
    }
    return { id: claim.id, state: 'orphaned', start: null, end: null, confidence: 0 };
  });
}
