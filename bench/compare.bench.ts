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

/** Reading both texts word by word once: the floor for any comparison, measured in the same run. */
const WORD = /[\p{L}\p{N}]+/gu;
const readWords = (a: string, b: string): number => (a.match(WORD)?.length ?? 0) + (b.match(WORD)?.length ?? 0);

/**
 * A revision that moves and edits many paragraphs: a tenth of them move elsewhere with a word
 * changed, and a tenth are cut and replaced by new ones.
 */
function reviseWithMoves(text: string, seed: number): string {
  const rng = random(seed);
  const paragraphs = text.split('\n\n');
  const count = Math.round(paragraphs.length / 10);
  const moved: string[] = [];
  for (let i = 0; i < count; i++) {
    const [p] = paragraphs.splice(Math.floor(rng() * paragraphs.length), 1);
    moved.push(p!.replace(/\d+/, String(Math.floor(rng() * 1000))));
  }
  for (let i = 0; i < count; i++) paragraphs.splice(Math.floor(rng() * paragraphs.length), 1);
  for (const p of moved) paragraphs.splice(Math.floor(rng() * paragraphs.length), 0, p);
  const fresh = generateDraft(count * 90, seed + 1).split('\n\n');
  for (const p of fresh) paragraphs.splice(Math.floor(rng() * paragraphs.length), 0, p);
  return paragraphs.join('\n\n');
}

/** Hierarchical compare vs one diffWords over the whole text and vs reading the words once; re-anchoring. */
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
        ...(words === 50_000 && rate === 0.2 ? { target: 30 } : {}),
        baseline: { name: 'diffWords over the whole text', median: naive.median, runs: naive.runs },
        speedup: naive.median / engine.median,
      });
    }
  }
  const words = quick ? 10_000 : 50_000;
  const oldText = generateDraft(words, 7);
  const movedText = reviseWithMoves(oldText, 13);
  const floor = measure(() => readWords(oldText, movedText), quick ? 3 : 15);
  report.add({
    name: `compare ${words.toLocaleString('en-US')} words, 10% of paragraphs moved and edited, 10% replaced`,
    unit: 'ms',
    ...measure(() => compareTexts(oldText, movedText), quick ? 3 : 9),
    ...(quick ? {} : { target: 30 }),
    baseline: { name: 'reading both texts word by word', median: floor.median, runs: floor.runs },
  });
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
