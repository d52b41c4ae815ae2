import type { Comparison, Suggestion } from '../../../shared/model';
import { compareTexts } from '../domain/compare/compare';
import { suggestClaims, type SuggestContext } from '../domain/suggest/suggest';

/** Scoring and comparing, the core's two computations that grow with a draft's length. */
export type TextJob =
  { kind: 'suggest'; text: string; context: SuggestContext } | { kind: 'compare'; oldText: string; newText: string };

export function runTextJob(job: TextJob): Suggestion[] | Comparison {
  return job.kind === 'suggest' ? suggestClaims(job.text, job.context) : compareTexts(job.oldText, job.newText);
}
