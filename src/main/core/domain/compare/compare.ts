import type { Comparison, CompareStats } from '../../../../shared/model';
import { countWords } from '../../../../shared/text-shape';
import { ChangeWriter, type Range } from './change-writer';
import { BagMaker, bagSimilarity, type Bag } from './paragraph-bags';
import { SimilarCandidates } from './similar-candidates';
import { diffKeys } from './sequence-diff';
import { paragraphTokens, type Token } from './tokens';

/** A changed paragraph in place needs this much word overlap with its old self to be diffed as an edit. */
const IN_PLACE_SIMILARITY = 0.4;
/** A paragraph that moved and was edited needs more, since it is matched across the whole draft. */
const MOVED_SIMILARITY = 0.5;
/** Up to this many removed paragraphs left in a hunk are compared directly, without the index. */
const DIRECT_TRIES = 16;

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
  for (const part of diffKeys(keys(oldTokens), keys(newTokens))) {
    if (part.kind === 'equal') {
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
      if (part.kind === 'removed') hunk.removed.push(i++);
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

  // Bags of words for what is left to pair, and an index that names the few removed paragraphs
  // each added one could be similar to (without it, pairing is quadratic in the changed paragraphs).
  const maker = new BagMaker();
  const oldBags: Bag[] = [];
  const newBags: Bag[] = [];
  const pool: number[] = [];
  for (const h of hunks) {
    for (const r of h.removed.filter((x) => !pairedOld.has(x))) {
      pool.push(r);
      oldBags[r] = maker.bag(oldTokens[r]!.key);
    }
    for (const a of h.added) if (!pairedNew.has(a)) newBags[a] = maker.bag(newTokens[a]!.key);
  }
  let inPlaceIndex: SimilarCandidates | undefined;
  const candidates = (a: number): number[] =>
    (inPlaceIndex ??= new SimilarCandidates(oldBags, pool, IN_PLACE_SIMILARITY)).of(newBags[a]!);
  const similarity = (r: number, a: number): number => bagSimilarity(oldBags[r]!, newBags[a]!);

  // Edits in place: within a hunk, pair removed and added paragraphs in order when they are alike.
  const inPlace: [number, number][] = [];
  for (const h of hunks) {
    const removed = h.removed.filter((r) => !pairedOld.has(r));
    const added = h.added.filter((a) => !pairedNew.has(a));
    const place = new Map(removed.map((r, k) => [r, k]));
    let from = 0;
    for (const a of added) {
      // A few left to try are tried directly; many are narrowed down by the index first.
      const tries =
        removed.length - from <= DIRECT_TRIES
          ? removed.slice(from)
          : candidates(a).filter((r) => (place.get(r) ?? -1) >= from);
      const match = tries.find((r) => similarity(r, a) >= IN_PLACE_SIMILARITY);
      if (match !== undefined) {
        pair(match, a);
        inPlace.push([match, a]);
        from = place.get(match)! + 1;
      }
    }
  }

  // Moved and edited: leftovers matched across the whole draft; of equals, the later one.
  const leftAdded = hunks.flatMap((h) => h.added.filter((a) => !pairedNew.has(a)));
  const leftRemoved = pool.filter((r) => !pairedOld.has(r));
  const movedIndex =
    leftRemoved.length * leftAdded.length > DIRECT_TRIES * DIRECT_TRIES
      ? new SimilarCandidates(oldBags, leftRemoved, MOVED_SIMILARITY)
      : undefined;
  const movedEdited: [number, number][] = [];
  for (const a of leftAdded) {
    let best = -1;
    let bestScore = MOVED_SIMILARITY;
    for (const r of movedIndex?.of(newBags[a]!) ?? leftRemoved) {
      if (pairedOld.has(r)) continue;
      const score = similarity(r, a);
      if (score >= bestScore) [best, bestScore] = [r, score];
    }
    if (best >= 0) {
      pair(best, a);
      movedEdited.push([best, a]);
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
