import { Code, COMMON_WORDS, type SentenceInfo } from './features';
import { RULES } from './rules';

/** Turning the model's strongest contributions into the reason the editor reads. */

const CONTEXT = 'set up by the sentences around it';
const SHAPES = ['sentence length', 'names a person or organisation', 'number'];
/** Entries that add less than this are not named (most words of most sentences). */
const NEGLIGIBLE = 0.02;
/** A reason must add at least this much to be shown. */
const SMALLEST = 0.05;

function wordReason(words: readonly string[]): string | undefined {
  if (words.every((w) => COMMON_WORDS.has(w))) return undefined;
  if (words.length === 1 && words[0]!.charCodeAt(0) === 48) return 'number';
  if (words.length === 1 && words[0] === '%') return 'percentage';
  if (words.length === 1 && /^[$€£]$/.test(words[0]!)) return 'money';
  return words.length > 0 ? `“${words.join(' ')}”` : undefined;
}

/** The reason one entry of sentence `i`'s vector stands for (see features.ts for the codes). */
export function reasonOf(infos: readonly SentenceInfo[], i: number, code: number): string | undefined {
  const kind = code - (code & 0xffff);
  const at = code & 0xffff;
  const words = infos[i]!.words;
  switch (kind) {
    case Code.Rule:
      return RULES[at]!.reason;
    case Code.PrevRule:
    case Code.NextRule:
    case Code.PrevShape:
    case Code.NextShape:
      return CONTEXT;
    case Code.Shape:
      return SHAPES[at];
    case Code.Word:
      return wordReason([words[at]!]);
    case Code.Pair:
      return wordReason(at > 0 ? [words[at - 1]!, words[at]!] : [words[at]!]);
    case Code.End:
      return wordReason([words[words.length - 1]!]);
    default:
      return undefined;
  }
}

/** Up to three reasons with the largest positive contributions, strongest first. */
export function explain(
  infos: readonly SentenceInfo[],
  i: number,
  codes: readonly number[],
  contributions: ArrayLike<number>,
): string {
  const sums = new Map<string, number>();
  for (let k = 0; k < codes.length; k++) {
    if (contributions[k]! < NEGLIGIBLE) continue;
    const reason = reasonOf(infos, i, codes[k]!);
    if (reason) sums.set(reason, (sums.get(reason) ?? 0) + contributions[k]!);
  }
  const top = [...sums]
    .filter(([, sum]) => sum >= SMALLEST)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([reason]) => reason);
  return top.length > 0 ? top.join(' + ') : 'no factual markers';
}
