import { textVectors, type FeatureSettings, type Vector } from './features';
import { margin, sigmoid, trainLogistic, type Linear, type TrainSettings } from './logistic';

/** Training and validating the check-worthiness model on labelled texts (transcripts, articles). */

export interface LabelledText {
  name: string;
  sentences: string[];
  labels: number[];
}

/**
 * The shipped settings, chosen by leave-one-transcript-out MAP on the training data (see
 * docs/suggestions.md): character n-grams did not help there, so they are off.
 */
export const FEATURES: FeatureSettings = { bits: 18, charMin: 3, charMax: 0 };
export const TRAINING: TrainSettings = { epochs: 5, rate: 0.03, l2: 1e-5, positiveWeight: 1, seed: 2019 };

export function fitLinear(
  vectors: readonly (readonly Vector[])[],
  texts: readonly LabelledText[],
  features: FeatureSettings,
  training: TrainSettings,
): Linear {
  return trainLogistic(
    vectors.flat(),
    texts.flatMap((t) => t.labels),
    1 << features.bits,
    training,
  );
}

/** Each text scored by a model trained on all the others: honest scores for every sentence. */
export function leaveOneOut(
  texts: readonly LabelledText[],
  features: FeatureSettings = FEATURES,
  training: TrainSettings = TRAINING,
): { probabilities: number[][]; models: Linear[] } {
  const vectors = texts.map((t) => textVectors(t.sentences, features));
  const models = texts.map((_, held) =>
    fitLinear(
      vectors.filter((__, i) => i !== held),
      texts.filter((__, i) => i !== held),
      features,
      training,
    ),
  );
  return { probabilities: vectors.map((xs, i) => xs.map((x) => sigmoid(margin(models[i]!, x)))), models };
}

export interface ThresholdChoice {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The probability cut with the best F1 of the positive class (midway between two scores). */
export function bestThreshold(probabilities: readonly number[], labels: readonly number[]): ThresholdChoice {
  const order = probabilities.map((_, i) => i).sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
  const positives = labels.filter((y) => y === 1).length;
  let best: ThresholdChoice = { threshold: 1, precision: 0, recall: 0, f1: 0 };
  let tp = 0;
  order.forEach((i, rank) => {
    if (labels[i] === 1) tp++;
    const next = order[rank + 1];
    if (next !== undefined && probabilities[next] === probabilities[i]) return;
    const precision = tp / (rank + 1);
    const recall = tp / Math.max(1, positives);
    const f1 = tp === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    if (f1 > best.f1) {
      const below = next === undefined ? 0 : probabilities[next]!;
      best = { threshold: (probabilities[i]! + below) / 2, precision, recall, f1 };
    }
  });
  return best;
}
