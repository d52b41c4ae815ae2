import type { Suggestion } from '../../../../shared/model';
import type { DeskModel } from './adapt';
import { shippedModel, type CheckworthinessModel } from './model-file';
import { CHECKWORTHY, scoreSentences } from './score';
import { segmentSentences } from './sentences';

export interface SuggestContext {
  /** Spans of claims already tagged in this text. */
  claims?: readonly { start: number; end: number }[];
  dismissed?: ReadonlySet<string>;
  /** The previous version's text, to tell which sentences are new. */
  previous?: string;
  /** The model (default: the shipped one) and this desk's adaptation of it, if any. */
  model?: CheckworthinessModel;
  desk?: DeskModel;
}

/** Every sentence of `text`, scored, in text order. */
export function suggestClaims(text: string, context: SuggestContext = {}): Suggestion[] {
  const claims = [...(context.claims ?? [])].sort((a, b) => a.start - b.start);
  let c = 0;
  const model = context.model ?? shippedModel();
  const spans = segmentSentences(text);
  const scored = scoreSentences(
    spans.map(({ start, end }) => text.slice(start, end)),
    model,
    context.desk,
  );
  return spans.map(({ start, end }, i) => {
    const sentence = text.slice(start, end);
    const { score, kind, reason } = scored[i]!;
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
      checkworthy: score >= CHECKWORTHY,
      tagged,
      dismissed: context.dismissed?.has(sentence) ?? false,
      isNew: context.previous !== undefined && !context.previous.includes(sentence),
    };
  });
}
