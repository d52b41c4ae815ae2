/** A stretch of text, as UTF-16 offsets [start, end). */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Why a past fact-check was matched, in terms a person can judge: the numbers and names both share,
 * the rarest words in common, the passage that matches (with offsets to highlight), or a warning that
 * one of the two says "not" where the other does not.
 */
export type MatchReason =
  | { kind: 'numbers'; values: string[] }
  | { kind: 'names'; names: string[] }
  | { kind: 'terms'; terms: string[] }
  | {
      kind: 'passage';
      /** Whether the passage is in the fact-check's claim or its title. */
      field: 'text' | 'title';
      /** The passage in that field, and within it the words the query shares. */
      span: TextSpan;
      text: string;
      words: TextSpan[];
      /** The same words in the query. */
      queryWords: TextSpan[];
    }
  /** Shared words that one of the two negates ("did not raise taxes" against "raised taxes"). */
  | { kind: 'negation'; negated: 'query' | 'archive'; words: string[] };

/** One past fact-check matched to a claim: its id, a score from 0 to 1 and the reasons. */
export interface ClaimMatch {
  id: string;
  score: number;
  reasons: MatchReason[];
}

const list = (items: readonly string[]): string => items.map((item) => `“${item}”`).join(', ');

/** One line for a reason, as the command line and the app show it. */
export function describeReason(reason: MatchReason): string {
  switch (reason.kind) {
    case 'numbers':
      return `same numbers: ${reason.values.join(', ')}`;
    case 'names':
      return `same names: ${list(reason.names)}`;
    case 'terms':
      return `key words: ${list(reason.terms)}`;
    case 'passage':
      return `matching ${reason.field === 'title' ? 'title' : 'passage'}: “${reason.text}”`;
    case 'negation':
      return reason.negated === 'query'
        ? `careful: the claim negates ${list(reason.words)}, the fact-check does not`
        : `careful: the fact-check negates ${list(reason.words)}, the claim does not`;
  }
}
