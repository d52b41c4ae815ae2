/** Numbers written in words, up to the tens: "three million" is 3,000,000 like "3 million". */
const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** The value of a number as written: digits with thousands separators ("3,500,000") or a number word. */
export function parseNumberWord(word: string): number | undefined {
  const first = word.charCodeAt(0);
  if (first < 48 || first > 57) {
    const lower = word.length <= 9 ? word.toLowerCase() : '';
    return Object.hasOwn(NUMBER_WORDS, lower) ? NUMBER_WORDS[lower] : undefined;
  }
  if (!/^\d[\d,]*(\.\d+)?$/.test(word)) return undefined;
  // "1,5" is not a thousands separator; only groups of three count.
  if (word.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(word)) return undefined;
  return Number(word.replaceAll(',', ''));
}

export function scaleOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  return Object.hasOwn(SCALES, lower) ? SCALES[lower] : undefined;
}

/** One spelling for a value, so that "3.5 million" and "3,500,000" give the same term. */
export function canonicalNumber(value: number): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  return `#${String(rounded)}`;
}
