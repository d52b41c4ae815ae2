import type { Vector } from './features';

/**
 * L2-regularised logistic regression over hashed sparse vectors, trained by stochastic gradient
 * descent with per-weight (AdaGrad) step sizes. Deterministic: the example order comes from a
 * seeded generator and every sum runs in the same order, so the same data gives the same weights.
 */

export interface TrainSettings {
  epochs: number;
  /** Base step size. */
  rate: number;
  /** L2 penalty per example seen. */
  l2: number;
  /** Weight of a check-worthy example (they are rare: about 1 in 37 in the training data). */
  positiveWeight: number;
  seed: number;
}

export interface Linear {
  bias: number;
  weights: Float64Array;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function margin(model: Linear, x: Vector): number {
  let z = model.bias;
  for (let k = 0; k < x.index.length; k++) z += model.weights[x.index[k]!]! * x.value[k]!;
  return z;
}

/** A small, fast, seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Fits `bias + weights · x` to the labels; `offsets[i]`, if given, is added to example i's margin. */
export function trainLogistic(
  xs: readonly Vector[],
  ys: readonly number[],
  size: number,
  settings: TrainSettings,
  offsets?: readonly number[],
): Linear {
  const model: Linear = { bias: 0, weights: new Float64Array(size) };
  const squares = new Float64Array(size).fill(1e-8);
  let biasSquares = 1e-8;
  const random = seededRandom(settings.seed);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const i of shuffled(xs.length, random)) {
      const x = xs[i]!;
      const weight = ys[i] === 1 ? settings.positiveWeight : 1;
      const g = (sigmoid(margin(model, x) + (offsets?.[i] ?? 0)) - ys[i]!) * weight;
      biasSquares += g * g;
      model.bias -= (settings.rate / Math.sqrt(biasSquares)) * g;
      for (let k = 0; k < x.index.length; k++) {
        const j = x.index[k]!;
        const gj = g * x.value[k]! + settings.l2 * model.weights[j]!;
        squares[j] = squares[j]! + gj * gj;
        model.weights[j] = model.weights[j]! - (settings.rate / Math.sqrt(squares[j]!)) * gj;
      }
    }
  }
  return model;
}
