import { diffArrays } from 'diff';
import type { Comparison, CompareStats } from '../../../../shared/model';
import { countWords } from '../../../../shared/text-shape';
import { ChangeWriter, type Range } from './change-writer';
import { diceOfBags, pairBag, wordBag } from './similarity';
import { paragraphTokens, type Token } from './tokens';

/** A changed paragraph in place needs this much word overlap with its old self to be diffed as an edit. */
const IN_PLACE_SIMILARITY = 0.4;
/** A paragraph that moved and was edited needs more, since it is matched across the whole draft. */
const MOVED_SIMILARITY = 0.5;
/** Paragraphs with fewer distinct words than this are compared by single words, not pairs. */
const SHORT_PARAGRAPH_WORDS = 12;
/** Above this many candidate pairs, fuzzy pairing is skipped (reported as delete + insert) to stay fast. */
const MAX_PAIRINGS = 250_000;

interface Hunk {
  removed: number[];
  added: number[];
  oldAt: number;
  newAt: number;
}

const rangeOf = (token: Token): Range => [token.start, token.end];

/**
 * Compares two versions hierarchically (DESIGN.md §4): paragraphs with `diffArrays`; a paragraph
 * that disappeared in one place and appears in another is a move (exact, or similar enough to be
 * moved-and-edited); changed paragraphs are compared by sentence, changed sentences by word.
 */
export function compareTexts(oldText: string, newText: string): Comparison {
  const oldTokens = paragraphTokens(oldText);
  const newTokens = paragraphTokens(newText);
  const writer = new ChangeWriter(oldText, newText);
  const hunks: Hunk[] = [];

  let i = 0;
  let j = 0;
  let hunk: Hunk | undefined;
  const keys = (tokens: Token[]): string[] => tokens.map((t) => t.key);
  for (const part of diffArrays(keys(oldTokens), keys(newTokens))) {
    if (!part.added && !part.removed) {
      for (let k = 0; k < part.count; k++, i++, j++)
        writer.aligned(rangeOf(oldTokens[i]!), rangeOf(newTokens[j]!), false);
      hunk = undefined;
      continue;
    }
    if (!hunk) {
      hunk = {
        removed: [],
        added: [],
        oldAt: oldTokens[i]?.start ?? oldText.length,
        newAt: newTokens[j]?.start ?? newText.length,
      };
      hunks.push(hunk);
    }
    for (let k = 0; k < part.count; k++) {
      if (part.removed) hunk.removed.push(i++);
      else hunk.added.push(j++);
    }
  }

  const pairedOld = new Set<number>();
  const pairedNew = new Set<number>();
  const pair = (r: number, a: number): void => {
    pairedOld.add(r);
    pairedNew.add(a);
  };

  // Exact moves: the same paragraph removed in one place and added in another.
  const removedByKey = new Map<string, number[]>();
  for (const h of hunks)
    for (const r of h.removed) removedByKey.set(oldTokens[r]!.key, [...(removedByKey.get(oldTokens[r]!.key) ?? []), r]);
  const exactMoves: [number, number][] = [];
  for (const h of hunks) {
    for (const a of h.added) {
      const r = removedByKey.get(newTokens[a]!.key)?.find((candidate) => !pairedOld.has(candidate));
      if (r !== undefined) {
        pair(r, a);
        exactMoves.push([r, a]);
      }
    }
  }

  // Pairs of words tell long paragraphs apart; short ones (a line or two) are compared word by word.
  const bags = (tokens: Token[]) => {
    const cache = new Map<number, { words: number; pairs: Map<string, number>; single: Map<string, number> }>();
    return (i: number) => {
      let entry = cache.get(i);
      if (!entry) {
        const key = tokens[i]!.key;
        entry = { words: wordBag(key).size, pairs: pairBag(key), single: wordBag(key) };
        cache.set(i, entry);
      }
      return entry;
    };
  };
  const oldBag = bags(oldTokens);
  const newBag = bags(newTokens);
  const similarity = (r: number, a: number): number => {
    const before = oldBag(r);
    const after = newBag(a);
    const short = Math.min(before.words, after.words) < SHORT_PARAGRAPH_WORDS;
    return short ? diceOfBags(before.single, after.single) : diceOfBags(before.pairs, after.pairs);
  };

  // Edits in place: within a hunk, pair removed and added paragraphs in order when they are alike.
  const inPlace: [number, number][] = [];
  for (const h of hunks) {
    const removed = h.removed.filter((r) => !pairedOld.has(r));
    const added = h.added.filter((a) => !pairedNew.has(a));
    let from = 0;
    for (const a of added) {
      const limit = removed.length * added.length > MAX_PAIRINGS ? from + 1 : removed.length;
      for (let k = from; k < Math.min(limit, removed.length); k++) {
        if (similarity(removed[k]!, a) >= IN_PLACE_SIMILARITY) {
          pair(removed[k]!, a);
          inPlace.push([removed[k]!, a]);
          from = k + 1;
          break;
        }
      }
    }
  }

  // Moved and edited: leftovers matched across the whole draft.
  const leftRemoved = hunks.flatMap((h) => h.removed.filter((r) => !pairedOld.has(r)));
  const leftAdded = hunks.flatMap((h) => h.added.filter((a) => !pairedNew.has(a)));
  const movedEdited: [number, number][] = [];
  if (leftRemoved.length * leftAdded.length <= MAX_PAIRINGS) {
    for (const a of leftAdded) {
      let best = -1;
      let bestScore = MOVED_SIMILARITY;
      for (const r of leftRemoved) {
        if (pairedOld.has(r)) continue;
        const score = similarity(r, a);
        if (score >= bestScore) [best, bestScore] = [r, score];
      }
      if (best >= 0) {
        pair(best, a);
        movedEdited.push([best, a]);
      }
    }
  }

  for (const [r, a] of exactMoves) writer.aligned(rangeOf(oldTokens[r]!), rangeOf(newTokens[a]!), true);
  for (const [r, a] of inPlace) writer.sentences(rangeOf(oldTokens[r]!), rangeOf(newTokens[a]!), false);
  for (const [r, a] of movedEdited) writer.sentences(rangeOf(oldTokens[r]!), rangeOf(newTokens[a]!), true);
  let paragraphsAdded = 0;
  let paragraphsRemoved = 0;
  for (const h of hunks) {
    for (const r of h.removed.filter((x) => !pairedOld.has(x))) {
      writer.push('delete', rangeOf(oldTokens[r]!), [h.newAt, h.newAt], false);
      paragraphsRemoved++;
    }
    for (const a of h.added.filter((x) => !pairedNew.has(x))) {
      writer.push('insert', [h.oldAt, h.oldAt], rangeOf(newTokens[a]!), false);
      paragraphsAdded++;
    }
  }

  const changes = writer.finish();
  const stats: CompareStats = {
    wordsAdded: 0,
    wordsRemoved: 0,
    paragraphsAdded,
    paragraphsRemoved,
    paragraphsMoved: exactMoves.length + movedEdited.length,
    paragraphsChanged: inPlace.length + movedEdited.length,
    similarity: 1,
  };
  let unchanged = 0;
  for (const c of changes) {
    if (c.op === 'equal' || c.op === 'move') unchanged += c.old[1] - c.old[0];
    else {
      stats.wordsRemoved += countWords(oldText.slice(c.old[0], c.old[1]));
      stats.wordsAdded += countWords(newText.slice(c.new[0], c.new[1]));
    }
  }
  const total = oldText.length + newText.length;
  stats.similarity = total === 0 ? 1 : (2 * unchanged) / total;
  return { stats, changes };
}
