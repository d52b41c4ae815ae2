import { describe, expect, it } from 'vitest';
import { textVectors } from './features';
import { margin } from './logistic';
import { encodeModel } from './model-file';
import { bestThreshold, fitLinear, leaveOneOut, type LabelledText } from './train';

const FEATURES = { bits: 12, charMin: 3, charMax: 0 };
const TRAINING = { epochs: 4, rate: 0.1, l2: 1e-4, positiveWeight: 1, seed: 5 };

/** A small invented slice: figures and official findings are check-worthy, chatter is not. */
function slice(name: string, offset: number): LabelledText {
  const sentences: string[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 12; i++) {
    const n = 10 + offset * 12 + i;
    sentences.push(`Unemployment fell to ${n} percent in ${1990 + n}, the bureau said.`, 'Thank you all so much.');
    sentences.push(i % 2 ? 'I think that is great.' : `The deficit grew by $${n} billion last year.`);
    labels.push(1, 0, i % 2 ? 0 : 1);
  }
  return { name, sentences, labels };
}
const texts = [slice('a', 0), slice('b', 1), slice('c', 2)];
const fit = (): string =>
  encodeModel(
    fitLinear(
      texts.map((t) => textVectors(t.sentences, FEATURES)),
      texts,
      FEATURES,
      TRAINING,
    ),
    { features: FEATURES, training: TRAINING, threshold: 0.5, provenance: {} },
  );

describe('training', () => {
  it('gives the same model file, byte for byte, from the same data', () => {
    expect(fit()).toBe(fit());
  });

  it('learns to rank figures above chatter', () => {
    const model = fitLinear(
      texts.map((t) => textVectors(t.sentences, FEATURES)),
      texts,
      FEATURES,
      TRAINING,
    );
    const [claim, thanks] = textVectors(['The deficit grew by $71 billion last year.', 'Thank you so much.'], FEATURES);
    expect(margin(model, claim!)).toBeGreaterThan(margin(model, thanks!));
  });

  it('scores each text by a model that never saw it', () => {
    const { probabilities, models } = leaveOneOut(texts, FEATURES, TRAINING);
    expect(models).toHaveLength(3);
    expect(probabilities.map((p) => p.length)).toEqual(texts.map((t) => t.sentences.length));
    const first = probabilities[0]!;
    expect(first[0]!).toBeGreaterThan(first[1]!);
  });
});

describe('bestThreshold', () => {
  it('cuts where F1 of the positive class is best, midway between two scores', () => {
    const choice = bestThreshold([0.9, 0.8, 0.7, 0.6, 0.2, 0.1], [1, 1, 0, 1, 0, 0]);
    expect(choice.threshold).toBeCloseTo(0.4);
    expect(choice.recall).toBe(1);
    expect(choice.precision).toBe(0.75);
    expect(choice.f1).toBeCloseTo(6 / 7);
  });

  it('never cuts between equal scores', () => {
    const choice = bestThreshold([0.9, 0.5, 0.5, 0.1], [1, 0, 1, 0]);
    expect(choice.threshold).toBeCloseTo(0.3);
    expect(choice.f1).toBeCloseTo(0.8);
  });
});
