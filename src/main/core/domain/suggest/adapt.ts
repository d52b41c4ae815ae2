import type { Vector } from './features';
import { margin, trainLogistic, type Linear, type TrainSettings } from './logistic';
import type { CheckworthinessModel } from './model-file';

/**
 * Learning from the desk: the editors' accepted and dismissed suggestions and hand-tagged claims
 * are labels, and a small logistic model on top of the shipped one learns from them. It starts
 * from the shipped model's margin (an offset: no labels, no change) and adds corrections on the
 * same features. The settings are deliberately cautious (few, small steps; see docs/suggestions.md):
 * in simulation on the training transcripts, bolder corrections fitted a desk's first labels and
 * ranked its later sentences worse.
 */

export interface DeskExample {
  vector: Vector;
  label: number;
}

export interface DeskModel {
  correction: Linear;
  labels: number;
}

export const DESK_TRAINING: TrainSettings = { epochs: 3, rate: 0.003, l2: 1e-3, positiveWeight: 1, seed: 7 };
/** Fewer labels than this, or labels of one side only, teach nothing reliable. */
export const DESK_MIN_LABELS = 4;

export function fitDesk(
  model: CheckworthinessModel,
  examples: readonly DeskExample[],
  settings: TrainSettings = DESK_TRAINING,
): DeskModel | undefined {
  const positives = examples.filter((e) => e.label === 1).length;
  if (examples.length < DESK_MIN_LABELS || positives === 0 || positives === examples.length) return undefined;
  const correction = trainLogistic(
    examples.map((e) => e.vector),
    examples.map((e) => e.label),
    model.weights.length,
    settings,
    examples.map((e) => margin(model, e.vector)),
  );
  return { correction, labels: examples.length };
}

/** The desk's margin for a sentence whose shipped margin is `m`, and each entry's share of the change. */
export function deskMargin(desk: DeskModel, vector: Vector, m: number): { margin: number; shares: number[] } {
  const { weights, bias } = desk.correction;
  const shares = vector.index.map((j, k) => weights[j]! * vector.value[k]!);
  return { margin: m + bias + shares.reduce((a, b) => a + b, 0), shares };
}
