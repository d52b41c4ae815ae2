import type { ClaimKind } from '../../../../shared/model';
import { deskMargin, type DeskModel } from './adapt';
import { explain } from './explain';
import { sentenceInfo, sentenceVector, textVectors, type Vector } from './features';
import { kindOf } from './kinds';
import { sigmoid } from './logistic';
import type { CheckworthinessModel } from './model-file';

/** A score from this value up marks a sentence check-worthy. */
export const CHECKWORTHY = 0.5;

/**
 * The model's probability that a fact-checker would check the sentence, with the prior moved so
 * that the trained threshold lands at 0.5: the training transcripts are 2.7% check-worthy, a news
 * draft far more. The shift is the same for every sentence, so it changes no ranking.
 */
export function probability(model: CheckworthinessModel, z: number): number {
  return sigmoid(z - Math.log(model.threshold / (1 - model.threshold)));
}

export interface Scored {
  /** The model's probability that a fact-checker would check the sentence (see `probability`). */
  score: number;
  kind: ClaimKind;
  /** The strongest reasons, for the editor ("number + comparison"). */
  reason: string;
}

/** Every sentence of a text (in order: each sentence's neighbours count), scored and explained. */
export function scoreSentences(sentences: readonly string[], model: CheckworthinessModel, desk?: DeskModel): Scored[] {
  const infos = sentences.map(sentenceInfo);
  return sentences.map((sentence, i) => {
    const vector = sentenceVector(infos, i, model.features);
    const contributions = new Float64Array(vector.index.length);
    let z = model.bias;
    for (let k = 0; k < contributions.length; k++) {
      contributions[k] = model.weights[vector.index[k]!]! * vector.value[k]!;
      z += contributions[k]!;
    }
    if (desk) {
      const adapted = deskMargin(desk, vector, z);
      z = adapted.margin;
      adapted.shares.forEach((share, k) => (contributions[k] = contributions[k]! + share));
    }
    return {
      score: Math.round(probability(model, z) * 1000) / 1000,
      kind: kindOf(infos[i]!.hits, sentence),
      reason: explain(infos, i, vector.code!, contributions),
    };
  });
}

/** The feature vectors of a text's sentences, for learning from the desk's labels. */
export function vectorsOf(sentences: readonly string[], model: CheckworthinessModel): Vector[] {
  return textVectors(sentences, model.features);
}
