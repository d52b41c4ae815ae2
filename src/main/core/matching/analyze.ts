import { stemmer } from 'stemmer';
import { canonicalNumber, parseNumberWord, scaleOf } from './numbers';
import { ALIASES, NEGATIONS, splitCompound, STOPWORDS } from './words';

/** One term of a text, with where it was written (UTF-16 offsets) for highlighting. */
export interface Token {
  /** The stem, an alias's word, "percent"/"dollar", or a number as "#3500000". */
  term: string;
  start: number;
  end: number;
  /** Written as a name: a capital letter not at the start of a sentence, or an acronym. */
  name: boolean;
  /** Among the three words after a negation ("not", "never", "didn't") in the same sentence. */
  negated: boolean;
}

export interface Analysis {
  tokens: Token[];
}

interface Piece {
  text: string;
  start: number;
  end: number;
  sentenceStart: boolean;
  /** Part of a hashtag or @mention, whose words are run together. */
  compound: boolean;
}

// URLs (skipped), hashtags and mentions, dotted acronyms (U.S.), digits, words, and the symbols % and $.
const PIECES =
  /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+|[@#][\p{L}\p{N}_]+?(?=https?:\/\/|pic\.twitter|[^\p{L}\p{N}_]|$)|(?:\p{Lu}\.){2,}|\d+(?:,\d{3})*(?:\.\d+)?|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|[%$€£]/gu;

/** How many words after a negation it covers. */
const NEGATION_REACH = 3;

const SENTENCE_BREAK = /[.!?:\n"“]/;

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(PIECES)) {
    const [piece] = match;
    const start = match.index;
    const sentenceStart = out.length === 0 || SENTENCE_BREAK.test(text.slice(last, start));
    last = start + piece.length;
    if (/^(?:https?:|www\.|pic\.twitter)/.test(piece)) continue;
    if (piece.startsWith('@') || piece.startsWith('#')) {
      for (const { part, offset } of splitCompound(piece.slice(1))) {
        const at = start + 1 + offset;
        out.push({ text: part, start: at, end: at + part.length, sentenceStart: false, compound: true });
      }
      continue;
    }
    out.push({ text: piece, start, end: last, sentenceStart, compound: false });
  }
  return out;
}

function fold(word: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII words need no decomposition
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Stems repeat across a hundred thousand claims: each word is stemmed once. */
const stems = new Map<string, string>();
function stem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    found = stemmer(word);
    if (stems.size < 200_000) stems.set(word, found);
  }
  return found;
}

const isCapital = (word: string): boolean => /^\p{Lu}/u.test(word);
const isAllCaps = (word: string): boolean => word.length >= 2 && !/\p{Ll}/u.test(word);
const isDigits = (word: string): boolean => /^\d/.test(word);

/** Turns a text (a tweet, a claim, a title) into normalized terms, keeping where each was written. */
export function analyze(text: string): Analysis {
  const list = pieces(text);
  const tokens: Token[] = [];
  let negatedWords = 0;
  const push = (term: string, start: number, end: number, name: boolean): void => {
    tokens.push({ term, start, end, name, negated: negatedWords > 0 });
    if (negatedWords > 0) negatedWords--;
  };
  for (let i = 0; i < list.length; i++) {
    const piece = list[i]!;
    const next = list[i + 1];
    if (piece.sentenceStart) negatedWords = 0;
    // A number, with its scale: "3.5 million", "3.5m", "three million".
    const value = parseNumberWord(piece.text);
    if (value !== undefined && (isDigits(piece.text) || !piece.compound)) {
      let end = piece.end;
      let number = value;
      const adjacent = next !== undefined && text.slice(piece.end, next.start).trim() === '';
      const scale = adjacent ? scaleOf(next.text) : undefined;
      if (scale !== undefined && (isDigits(piece.text) || next!.text.length > 2)) {
        number *= scale;
        end = next!.end;
        i++;
      }
      push(canonicalNumber(number), piece.start, end, false);
      continue;
    }
    if (piece.text === '%') {
      push('percent', piece.start, piece.end, false);
      continue;
    }
    if (piece.text === '$') {
      push('dollar', piece.start, piece.end, false);
      continue;
    }
    if (/^[€£]$/.test(piece.text)) continue;
    let surface = piece.text.replaceAll('.', '');
    let word = fold(surface);
    // "didn't" is "did" and a negation; "Trump's" is "Trump".
    if (/n['’]t$/.test(word)) {
      negatedWords = NEGATION_REACH;
      word = word.replace(/n['’]t$/, '');
      surface = surface.slice(0, word.length);
    }
    word = word.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (NEGATIONS.has(word)) {
      negatedWords = NEGATION_REACH;
      continue;
    }
    const caps = isAllCaps(surface) && surface.length <= 5;
    // A capital at the start of a sentence is a name when the next word has one too: "José Peña won".
    const firstOfName = next !== undefined && isCapital(next.text) && text.slice(piece.end, next.start) === ' ';
    const name = caps || (isCapital(surface) && (!piece.sentenceStart || piece.compound || firstOfName));
    if (word === 'per' && next && fold(next.text) === 'cent') {
      push('percent', piece.start, next.end, false);
      i++;
      continue;
    }
    const alias = Object.hasOwn(ALIASES, word) ? ALIASES[word] : undefined;
    if (STOPWORDS.has(word) && !(caps && alias)) continue;
    if (alias) {
      for (const part of alias) push(stem(part), piece.start, piece.end, name);
      continue;
    }
    if (word.length < 2 && !name) continue;
    push(word === 'pct' ? 'percent' : stem(word), piece.start, piece.end, name);
  }
  return { tokens };
}

/** The distinct terms of a query, each weighing the same (a tweet's signature, author and date, helps too). */
export function queryTerms(analysis: Analysis): Map<string, number> {
  return new Map(analysis.tokens.map((t) => [t.term, 1]));
}
