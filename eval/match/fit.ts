/** One training query: its candidates' feature vectors and which of them are the claim it repeats. */
export interface Group {
  features: number[][];
  relevant: boolean[];
}

export interface FitSettings {
  /** 'pointwise': logistic loss per candidate; 'listwise': softmax over each query's candidates. */
  loss: 'pointwise' | 'listwise';
  epochs: number;
  step: number;
  l2: number;
}

export const FIT: FitSettings = { loss: 'listwise', epochs: 400, step: 0.5, l2: 1e-3 };

const dot = (w: readonly number[], x: readonly number[]): number => x.reduce((sum, v, i) => sum + w[i]! * v, 0);

/** The loss gradient of one query, added into `gradient`. */
function addGradient(group: Group, w: readonly number[], settings: FitSettings, gradient: number[]): void {
  const z = group.features.map((x) => dot(w, x));
  if (settings.loss === 'pointwise') {
    group.features.forEach((x, i) => {
      const error = 1 / (1 + Math.exp(-z[i]!)) - (group.relevant[i] ? 1 : 0);
      x.forEach((v, j) => (gradient[j]! += error * v));
    });
    return;
  }
  const top = Math.max(...z);
  const exp = z.map((v) => Math.exp(v - top));
  const total = exp.reduce((a, b) => a + b, 0);
  const positives = group.relevant.filter(Boolean).length;
  group.features.forEach((x, i) => {
    const error = exp[i]! / total - (group.relevant[i] ? 1 / positives : 0);
    x.forEach((v, j) => (gradient[j]! += error * v));
  });
}

/**
 * Full-batch gradient descent with AdaGrad steps from zero weights: no randomness, the same data gives
 * the same weights. Queries whose claim is not among their candidates teach nothing and are skipped.
 */
export function fit(groups: readonly Group[], dimensions: number, settings: FitSettings = FIT): number[] {
  const useful = groups.filter((g) => g.relevant.some(Boolean));
  const w = new Array<number>(dimensions).fill(0);
  const squares = new Array<number>(dimensions).fill(1e-8);
  const count = settings.loss === 'pointwise' ? useful.reduce((n, g) => n + g.features.length, 0) : useful.length;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const gradient = new Array<number>(dimensions).fill(0);
    for (const group of useful) addGradient(group, w, settings, gradient);
    for (let j = 0; j < dimensions; j++) {
      const g = gradient[j]! / count + (j === 0 ? 0 : settings.l2 * w[j]!);
      squares[j]! += g * g;
      w[j]! -= (settings.step * g) / Math.sqrt(squares[j]!);
    }
  }
  return w;
}

/** MAP@5 of a weight vector over groups (a missing claim counts as zero). */
export function groupMap5(groups: readonly Group[], w: readonly number[]): number {
  let sum = 0;
  for (const group of groups) {
    const order = group.features.map((x, i) => ({ i, z: dot(w, x) })).sort((a, b) => b.z - a.z || a.i - b.i);
    const positives = group.relevant.filter(Boolean).length;
    let hits = 0;
    let ap = 0;
    order.slice(0, 5).forEach(({ i }, rank) => {
      if (group.relevant[i]) ap += ++hits / (rank + 1);
    });
    sum += positives === 0 ? 0 : ap / positives;
  }
  return groups.length === 0 ? 0 : sum / groups.length;
}
