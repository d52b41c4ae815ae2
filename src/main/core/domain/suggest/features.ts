import { RULES } from './rules';

/**
 * Feature extraction for the check-worthiness model: every feature is a name ("w:tax", "r:number",
 * "p:question") hashed into a fixed number of slots, so the model is a plain array of weights and
 * needs no vocabulary. Word and character n-grams carry the wording, the hand-written rules carry
 * what they always did, and the neighbouring sentences' rules carry the context (a claim is often
 * set up by the sentence before it).
 */

export interface FeatureSettings {
  /** The model has 2^bits weights. */
  bits: number;
  /** Character n-grams from charMin to charMax letters, inside words (charMax 0: none). */
  charMin: number;
  charMax: number;
}

/** A sparse vector: slot `index[k]` has value `value[k]`; a slot may repeat (values add up). */
export interface Vector {
  index: number[];
  value: number[];
  /** What each entry stands for, as a code that `featureName` turns into a name (for explanations). */
  code?: number[];
}

const FNV_START = 0x811c9dc5;

/** FNV-1a, 32 bits, continued from `h` over `text`: fast, stable, and no string is built to hash a pair. */
export function hashFrom(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const hashName = (name: string): number => hashFrom(FNV_START, name);

/** Words too common to be a reason, or a likeness, on their own. */
export const COMMON_WORDS = new Set(
  'a an and are as at be but by for from had has have he her his i in is it its of on or our she so that the their they this to was we were what which who will with you'.split(
    ' ',
  ),
);

const TOKEN = /\p{L}+(?:['’]\p{L}+)*|\d[\d,.]*\d|\d|[$%€£]/gu;

/** Lower-cased words, with every number written as its shape ("4.2" → "0.0", "2019" → "0000"). */
export function tokens(sentence: string): string[] {
  const out: string[] = [];
  for (const [token] of sentence.toLowerCase().replace(/’/g, "'").matchAll(TOKEN)) {
    out.push(/^\d/.test(token) ? token.replace(/\d/g, '0').replace(/0{5,}/, '00000') : token);
  }
  return out;
}

/** Which rules a sentence triggers, as a bit per rule in RULES order. */
export function ruleHits(sentence: string): boolean[] {
  return RULES.map((rule) => rule.test(sentence));
}

const CAPITALISED = /\s["“(]?\p{Lu}\p{Ll}/gu;
const bucket = (n: number, top: number): string => String(Math.min(n, top));

/** What the features need from each sentence, computed once per sentence. */
export interface SentenceInfo {
  hits: boolean[];
  words: string[];
  /** Length, capitalised words (names, places, bodies) and numbers, in buckets ("len:3"). */
  shape: string[];
}

export function sentenceInfo(sentence: string): SentenceInfo {
  const words = tokens(sentence);
  let numbers = 0;
  for (const word of words) if (word.charCodeAt(0) === 48) numbers++;
  return {
    hits: ruleHits(sentence),
    words,
    shape: [
      `len:${bucket(Math.floor(words.length / 5), 8)}`,
      `cap:${bucket(sentence.match(CAPITALISED)?.length ?? 0, 4)}`,
      `num:${bucket(numbers, 3)}`,
    ],
  };
}

const SIDES = ['r', 'p', 'n'] as const;
const RULE_HASHES = SIDES.map((side) => RULES.map((rule) => hashName(`${side}:${rule.id}`)));
const SHAPE_HASHES = new Map<string, number>();
const shapeHash = (name: string): number => {
  let h = SHAPE_HASHES.get(name);
  if (h === undefined) SHAPE_HASHES.set(name, (h = hashName(name)));
  return h;
};
const WORD = hashName('w:');
const START = hashName('w:<s> ');

/** Entry codes: the kind of feature times 2^16, plus a rule, shape or word position. */
export const Code = {
  Rule: 0,
  PrevRule: 1 << 16,
  NextRule: 2 << 16,
  Shape: 3 << 16,
  PrevShape: 4 << 16,
  NextShape: 5 << 16,
  Word: 6 << 16,
  Pair: 7 << 16,
  End: 8 << 16,
  Gram: 9 << 16,
} as const;

/** The features of sentence `i` of a text whose sentences are described by `infos`. */
export function sentenceVector(infos: readonly SentenceInfo[], i: number, settings: FeatureSettings): Vector {
  const mask = (1 << settings.bits) - 1;
  const index: number[] = [];
  const value: number[] = [];
  const code: number[] = [];
  function add(hash: number, x: number, what: number): void {
    index.push(hash & mask);
    value.push(x);
    code.push(what);
  }
  const { hits, words, shape } = infos[i]!;
  const before = infos[i - 1];
  const after = infos[i + 1];

  for (let r = 0; r < RULES.length; r++) {
    if (hits[r]) add(RULE_HASHES[0]![r]!, 1, Code.Rule + r);
    if (before?.hits[r]) add(RULE_HASHES[1]![r]!, 0.5, Code.PrevRule + r);
    if (after?.hits[r]) add(RULE_HASHES[2]![r]!, 0.5, Code.NextRule + r);
  }
  for (let k = 0; k < shape.length; k++) {
    add(shapeHash(shape[k]!), 1, Code.Shape + k);
    if (before) add(shapeHash(`p${before.shape[k]!}`), 0.5, Code.PrevShape + k);
    if (after) add(shapeHash(`n${after.shape[k]!}`), 0.5, Code.NextShape + k);
  }

  const wordWeight = 1 / Math.sqrt(Math.max(1, words.length));
  let pairFrom = START;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const single = hashFrom(WORD, word);
    add(single, wordWeight, Code.Word + k);
    add(hashFrom(pairFrom, word), wordWeight, Code.Pair + k);
    pairFrom = hashFrom(single, ' ');
  }
  if (words.length > 0) add(hashFrom(pairFrom, '</s>'), wordWeight, Code.End);

  if (settings.charMax >= settings.charMin) {
    const grams: string[] = [];
    for (const word of words) {
      const padded = ` ${word} `;
      for (let n = settings.charMin; n <= settings.charMax; n++) {
        for (let s = 0; s + n <= padded.length; s++) grams.push(padded.slice(s, s + n));
      }
    }
    const gramWeight = 1 / Math.sqrt(Math.max(1, grams.length));
    for (const gram of grams) add(hashName(`c:${gram}`), gramWeight, Code.Gram);
  }
  return { index, value, code };
}

/** The features of every sentence of a text, in order. */
export function textVectors(sentences: readonly string[], settings: FeatureSettings): Vector[] {
  const infos = sentences.map(sentenceInfo);
  return sentences.map((_, i) => sentenceVector(infos, i, settings));
}
