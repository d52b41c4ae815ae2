import { deskMargin, fitDesk, type DeskExample } from '../../src/main/core/domain/suggest/adapt';
import { textVectors } from '../../src/main/core/domain/suggest/features';
import { margin, type Linear } from '../../src/main/core/domain/suggest/logistic';
import { FEATURES, type LabelledText } from '../../src/main/core/domain/suggest/train';
import { averagePrecision, mean } from './metrics';

/**
 * Learning from the desk, simulated on the training transcripts: an editor works through the first
 * half of each transcript, accepting or hand-tagging its check-worthy sentences and dismissing the
 * suggestions that were not; the second half is then ranked with and without what the desk taught.
 * Each transcript is scored by the model that never saw it (from the leave-one-out run).
 */
export function simulateDesk(
  texts: readonly LabelledText[],
  models: readonly Linear[],
  threshold: number,
  /** `reviewed`: suggestions accepted or dismissed, missed claims tagged by hand; `all`: every sentence labelled. */
  mode: 'reviewed' | 'all',
): { without: number; with: number; labels: number } {
  const without: number[] = [];
  const adapted: number[] = [];
  let labels = 0;
  texts.forEach((text, t) => {
    const model = { ...models[t]!, features: FEATURES, threshold };
    const vectors = textVectors(text.sentences, FEATURES);
    const margins = vectors.map((x) => margin(model, x));
    const half = Math.floor(text.sentences.length / 2);
    const examples: DeskExample[] = [];
    for (let i = 0; i < half; i++) {
      const suggested = 1 / (1 + Math.exp(-margins[i]!)) >= threshold;
      if (mode === 'all' || text.labels[i] === 1 || suggested)
        examples.push({ vector: vectors[i]!, label: text.labels[i]! });
    }
    labels += examples.length;
    const desk = fitDesk(model, examples);
    const rest = text.labels.slice(half);
    if (!rest.includes(1)) return;
    const shipped = margins.slice(half);
    without.push(averagePrecision(shipped, rest));
    adapted.push(
      averagePrecision(desk ? shipped.map((m, k) => deskMargin(desk, vectors[half + k]!, m).margin) : shipped, rest),
    );
  });
  return { without: mean(without), with: mean(adapted), labels };
}
