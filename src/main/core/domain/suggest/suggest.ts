import type { Suggestion } from '../../../../shared/model';
import { scoreSentence } from './score';
import { segmentSentences } from './sentences';

export const CHECKWORTHY_THRESHOLD = 0.5;

export interface SuggestContext {
  /** Spans of claims already tagged in this text. */
  claims?: readonly { start: number; end: number }[];
  dismissed?: ReadonlySet<string>;
  /** The previous version's text, to tell which sentences are new. */
  previous?: string;
}

/** Every sentence of `text`, scored, in text order. */
export function suggestClaims(text: string, context: SuggestContext = {}): Suggestion[] {
  const claims = [...(context.claims ?? [])].sort((a, b) => a.start - b.start);
  let c = 0;
  return segmentSentences(text).map(({ start, end }) => {
    const sentence = text.slice(start, end);
    const { score, kind, reason } = scoreSentence(sentence);
    while (c < claims.length && claims[c]!.end <= start) c++;
    let tagged = false;
    for (let k = c; k < claims.length && claims[k]!.start < end && !tagged; k++) tagged = claims[k]!.end > start;
    return {
      start,
      end,
      text: sentence,
      score,
      kind,
      reason,
      checkworthy: score >= CHECKWORTHY_THRESHOLD,
      tagged,
      dismissed: context.dismissed?.has(sentence) ?? false,
      isNew: context.previous !== undefined && !context.previous.includes(sentence),
    };
  });
}
