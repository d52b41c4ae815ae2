import { suggestClaims } from '../src/main/core/domain/suggest/suggest';
import { generateDraft } from './generate-draft';
import { measure, type Report } from './harness';

/** Every sentence of a 50,000-word draft segmented and scored. */
export function benchSuggest(report: Report, quick: boolean): void {
  const words = quick ? 10_000 : 50_000;
  const text = generateDraft(words, 13);
  report.add({
    name: `suggest: score every sentence of ${words.toLocaleString('en-US')} words`,
    unit: 'ms',
    ...measure(() => suggestClaims(text), quick ? 3 : 9),
    ...(quick ? {} : { target: 200 }),
  });
}
