import type { ClaimKind } from '../../../../shared/model';
import { RULES } from './rules';

/** The claim kind of a sentence, from the rules it triggers (see eval/suggest/RULES.md). */
export function kindOf(hits: readonly boolean[], sentence: string): ClaimKind {
  const on = new Set(RULES.filter((_, r) => hits[r]).map((rule) => rule.id));
  if (on.has('law')) return 'law-rule';
  if (on.has('causal')) return 'causal';
  if (on.has('prediction') && (on.has('number') || on.has('date'))) return 'prediction';
  if (on.has('superlative') || /\bthan\b/i.test(sentence)) return 'comparison';
  if (on.has('number') || on.has('percent') || on.has('money') || on.has('quantity')) return 'statistic';
  if (/["“][^"”]{12,}["”]/.test(sentence) && on.has('attribution')) return 'quote';
  if (on.has('attribution')) return 'attribution';
  if (on.has('date')) return 'event-date';
  return 'other';
}
