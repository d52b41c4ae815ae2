const WORD = /[\p{L}\p{N}]+/gu;

export function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) bag.set(word, (bag.get(word) ?? 0) + 1);
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
