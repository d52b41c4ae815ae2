import { diffWords } from 'diff';
import { compareTexts } from '../src/main/core/domain/compare/compare';
import { reanchorClaims, type ClaimSpan } from '../src/main/core/domain/reanchor';
import { generateDraft, random, reviseDraft } from './generate-draft';
import { measure, type Report } from './harness';

/** `count` claims: phrases of 3–12 words at random places in `text`, with their context. */
function sampleClaims(text: string, count: number, seed: number): ClaimSpan[] {
  const rng = random(seed);
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  return Array.from({ length: count }, (_, i) => {
    const first = Math.floor(rng() * (spaces.length - 14));
    const start = spaces[first]! + 1;
    const end = spaces[first + 3 + Math.floor(rng() * 10)]!;
    return {
      id: `c${i}`,
      start,
      end,
      exact: text.slice(start, end),
      prefix: text.slice(start - 32, start),
      suffix: text.slice(end, end + 32),
    };
  });
}

/** Issue 4: hierarchical compare vs one diffWords over the whole text; re-anchoring 2,000 claims. */
export function benchCompare(report: Report, quick: boolean): void {
  const sizes = quick ? [10_000] : [10_000, 50_000];
  for (const words of sizes) {
    const oldText = generateDraft(words, 7);
    for (const rate of [0.05, 0.2]) {
      const newText = reviseDraft(oldText, rate, 11);
      const engine = measure(() => compareTexts(oldText, newText), quick ? 3 : 9);
      // The naive baseline takes tens of seconds at 50,000 words, so it runs once there, unwarmed.
      const naive = measure(() => diffWords(oldText, newText), words > 10_000 ? 1 : 3, words <= 10_000);
      const label = `compare ${words.toLocaleString('en-US')} words, ${rate * 100}% of sentences edited`;
      report.add({
        name: label,
        unit: 'ms',
        ...engine,
        ...(words === 50_000 && rate === 0.2 ? { target: 150 } : {}),
        baseline: { name: 'diffWords over the whole text', median: naive.median, runs: naive.runs },
        speedup: naive.median / engine.median,
      });
    }
  }
  const words = quick ? 10_000 : 50_000;
  const oldText = generateDraft(words, 7);
  const newText = reviseDraft(oldText, 0.2, 11);
  const { changes } = compareTexts(oldText, newText);
  const claims = sampleClaims(oldText, 2000, 3);
  report.add({
    name: `re-anchor 2,000 claims, ${words.toLocaleString('en-US')} words, 20% edited`,
    unit: 'ms',
    ...measure(() => reanchorClaims(newText, changes, claims), quick ? 3 : 9),
    target: 100,
  });
}
