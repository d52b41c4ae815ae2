import type { ClaimKind } from '../../../../shared/model';
import { RULES } from './rules';

/**
 * The claim kind of a sentence (see eval/suggest/RULES.md for what each kind means), from the
 * rules it triggers and a few cues of its own. Order matters: the first kind that fits wins.
 */

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
/** Dates and years: "March 14, 2021", "Nov. 3", "in 1987", "since 2008". */
const DATE = new RegExp(
  `\\b${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?\\b|\\b${MONTH}\\s+\\d{4}\\b|\\b(?:1[89]|20)\\d\\d\\b`,
  'g',
);
const WEEKDAY = /\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** "more than 800", "less than $25,000": an approximate figure, not a comparison. */
const APPROXIMATE =
  /\b(?:more|less|fewer) than (?=[$€£]?\d|a |an |one|two|three|four|five|six|seven|eight|nine|ten|half)/gi;
const LEGAL =
  /\b(?:requires?|required to|must|has to|have to|prohibits?|prohibited|bans?|banned|illegal|unlawful|statute|ordinance|charter says|law says|under the (?:new )?(?:law|settlement|policy|rules?|charter|contract|agreement|lease)|capped at|limits? \w+ (?:\w+ )?to|allows? the|not allowed|mandates?|unconstitutional|constitution)\b/i;
const CAUSAL_EXTRA =
  /\b(?:traced to|made (?:worse|better) by|the reason for|reason why|cost (?:this|the|our) \w+ (?:more than )?\d)/i;
const DECISION =
  /\b(?:voted|approved|cleared|rated|accredited|endorsed|decided|ruled|signed|named|appointed|rejected|refused)\b/i;
const PROMISE =
  /\b(?:will|expects? to|expected to|plans? to|by (?:the end of|next)|starting next|we're (?:cutting|raising|adding|opening|closing))\b/i;
const MULTIPLE = /\b(?:twice|three times|four times|\w+ times (?:the|as|more)|half as|as many|as much)\b/i;
const SUPERLATIVE =
  /\b(?:highest|lowest|largest|smallest|biggest|fastest|slowest|worst|best|most|least|record|all-time|no other|more than any|ranks?|ranked)\b/i;
const EVENT =
  /\b(?:closed|opened|established|founded|suspended|inspected|evacuated|completed|withdrew|elected|built|began|started|ended|resigned|died|born|was a \w+ from)\b/i;

/** Figures that are neither dates nor vote tallies ("5–2"): what makes a sentence a statistic. */
function figures(sentence: string): number {
  const rest = sentence.replace(DATE, ' ').replace(/\b\d+[–-]\d+\b/g, ' ');
  return (rest.match(/[$€£]?\d[\d,.]*%?/g) ?? []).length;
}

export function kindOf(hits: readonly boolean[], sentence: string): ClaimKind {
  const on = new Set(RULES.filter((_, r) => hits[r]).map((rule) => rule.id));
  const counted = figures(sentence) > 0 || on.has('percent') || on.has('money');
  const quantity = counted || on.has('quantity');
  const dated = (sentence.match(DATE) ?? []).length > 0 || WEEKDAY.test(sentence);
  const quoted = /["“][^"”]{12,}["”]/.test(sentence);
  const compared =
    SUPERLATIVE.test(sentence) || MULTIPLE.test(sentence) || /\bthan\b/i.test(sentence.replace(APPROXIMATE, ' '));

  if (LEGAL.test(sentence)) return 'law-rule';
  // "58 cases, all linked to the fair" counts cases; "the spike was linked to smoke" is causal.
  if ((on.has('causal') && !(counted && /\blinked to\b/i.test(sentence))) || CAUSAL_EXTRA.test(sentence))
    return 'causal';
  if (quoted && !counted && on.has('attribution')) return 'quote';
  if (PROMISE.test(sentence) && (dated || quantity || on.has('date'))) return 'prediction';
  if (compared && !(counted && /\b(?:more|less) than\b/i.test(sentence) && !SUPERLATIVE.test(sentence)))
    return 'comparison';
  if (DECISION.test(sentence) && !counted) return 'attribution';
  if (dated && (EVENT.test(sentence) || figures(sentence) === 0)) return 'event-date';
  if (quantity) return 'statistic';
  if (quoted && on.has('attribution')) return 'quote';
  if (on.has('attribution')) return 'attribution';
  return 'other';
}
