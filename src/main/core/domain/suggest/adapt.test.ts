import { describe, expect, it } from 'vitest';
import { fitDesk, type DeskExample } from './adapt';
import { textVectors } from './features';
import type { CheckworthinessModel } from './model-file';
import { scoreSentences } from './score';
import { fitLinear, type LabelledText } from './train';

const FEATURES = { bits: 14, charMin: 3, charMax: 0 };
const TRAINING = { epochs: 4, rate: 0.1, l2: 1e-4, positiveWeight: 1, seed: 3 };

/** A shipped model that knows figures from chatter, and nothing of harbours. */
function shipped(): CheckworthinessModel {
  const text: LabelledText = { name: 'general', sentences: [], labels: [] };
  for (let i = 0; i < 30; i++) {
    text.sentences.push(
      `Spending rose ${i + 3} percent in ${1990 + i}.`,
      'Thank you, everyone.',
      'We had a nice evening.',
    );
    text.labels.push(1, 0, 0);
  }
  const linear = fitLinear([textVectors(text.sentences, FEATURES)], [text], FEATURES, TRAINING);
  return { ...linear, features: FEATURES, threshold: 0.5 };
}

/** A desk on the harbour beat: it tags every dredging claim and dismisses the fare notices. */
function deskLabels(model: CheckworthinessModel): DeskExample[] {
  const sentences: string[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 12; i++) {
    sentences.push('The harbour dredging contract went to Marlow Marine.', `Ferry fares are listed on page ${i + 2}.`);
    labels.push(1, 0);
  }
  return textVectors(sentences, model.features).map((vector, k) => ({ vector, label: labels[k]! }));
}

describe('learning from the desk', () => {
  it('moves a sentence typical of the desk up, and one it dismisses down', () => {
    const model = shipped();
    const desk = fitDesk(model, deskLabels(model));
    expect(desk).toBeDefined();
    const sentences = ['The harbour dredging contract was signed in May.', 'Ferry fares are listed on page 9.'];
    const before = scoreSentences(sentences, model);
    const after = scoreSentences(sentences, model, desk);
    expect(after[0]!.score).toBeGreaterThan(before[0]!.score);
    expect(after[1]!.score).toBeLessThan(before[1]!.score);
  });

  it('keeps the shipped model with too few labels, or labels of one side only', () => {
    const model = shipped();
    const labels = deskLabels(model);
    expect(fitDesk(model, labels.slice(0, 3))).toBeUndefined();
    expect(
      fitDesk(
        model,
        labels.filter((e) => e.label === 1),
      ),
    ).toBeUndefined();
  });

  it('is deterministic', () => {
    const model = shipped();
    const first = fitDesk(model, deskLabels(model))!;
    const second = fitDesk(model, deskLabels(model))!;
    expect(Array.from(first.correction.weights)).toEqual(Array.from(second.correction.weights));
    expect(first.correction.bias).toBe(second.correction.bias);
  });
});
