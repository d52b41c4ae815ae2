const WORD = /[\p{L}\p{N}]+/gu;

export function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/**
 * Word pairs ("the council", "council voted"): unlike single words, two unrelated paragraphs on the
 * same subject share few of them, so a paragraph is told apart from its neighbours.
 */
export function pairBag(text: string): Map<string, number> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const bag = new Map<string, number>();
  if (words.length === 1) bag.set(words[0]!, 1);
  for (let i = 1; i < words.length; i++) {
    const pair = `${words[i - 1]} ${words[i]}`;
    bag.set(pair, (bag.get(pair) ?? 0) + 1);
  }
  return bag;
}

/** Dice coefficient over word multisets: 1 for the same words, 0 for none in common. */
export function diceOfBags(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of a.values()) sizeA += n;
  for (const [word, n] of b) {
    sizeB += n;
    shared += Math.min(n, a.get(word) ?? 0);
  }
  return sizeA + sizeB === 0 ? 1 : (2 * shared) / (sizeA + sizeB);
}

export const wordSimilarity = (a: string, b: string): number => diceOfBags(wordBag(a), wordBag(b));

/** Figures as written: 4,120 · 3.5 · 31% · $7,400 (currency signs left out). */
export function numbersIn(text: string): string[] {
  return text.match(/\d[\d,.]*\d%?|\d%?/g) ?? [];
}
