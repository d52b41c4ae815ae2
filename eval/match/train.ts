import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { candidatesFor } from '../../src/main/core/matching/match-claim';
import { FEATURE_NAMES } from '../../src/main/core/matching/features';
import { buildMatchIndex } from '../../src/main/core/matching/match-index';
import { DATASET_DIR, datasetPresent, loadClaims, loadQueries, type Query } from './dataset';
import { FIT, fit, groupMap5, type FitSettings, type Group } from './fit';

/**
 * `npm run train:match`: learns the re-ranker's weights from the CLEF-2021 Task 2A **train** queries
 * (997 tweets) and writes src/main/core/matching/match-weights.json. Five-fold cross-validation on
 * the train queries picks the loss; the dev queries are left for `npm run eval:match`.
 */
if (!datasetPresent()) {
  console.log(`train:match skipped: the dataset is not at ${DATASET_DIR}.`);
  process.exit(0);
}
const claims = loadClaims();
const index = buildMatchIndex(claims);
const groupOf = (query: Query): Group => {
  const { candidates } = candidatesFor(index, query.text);
  return {
    features: candidates.map((c) => c.features),
    relevant: candidates.map((c) => query.relevant.has(index.entries[c.n]!.id)),
  };
};
const groups = loadQueries('train').map(groupOf);
const dimensions = FEATURE_NAMES.length;

const crossValidated = (settings: FitSettings): number => {
  const folds = [0, 1, 2, 3, 4].map((fold) => {
    const trainOn = groups.filter((_, i) => i % 5 !== fold);
    const heldOut = groups.filter((_, i) => i % 5 === fold);
    return groupMap5(heldOut, fit(trainOn, dimensions, settings));
  });
  return folds.reduce((a, b) => a + b, 0) / folds.length;
};
const firstStage = groupMap5(groups, [0, 0, 0, 1, ...new Array<number>(dimensions - 4).fill(0)]);
console.log(`train, first stage only: MAP@5 ${firstStage.toFixed(4)}`);
const settingsTried: FitSettings[] = [
  { ...FIT, loss: 'pointwise' },
  { ...FIT, loss: 'listwise' },
];
const cv = settingsTried.map((settings) => ({ settings, map5: crossValidated(settings) }));
for (const { settings, map5 } of cv) console.log(`train, 5-fold, ${settings.loss}: MAP@5 ${map5.toFixed(4)}`);
const chosen = cv.reduce((a, b) => (b.map5 > a.map5 ? b : a));
const weights = fit(groups, dimensions, chosen.settings);

/** The score shown is σ(a·z + c): a and c fitted by logistic loss on the train candidates, z kept. */
function calibrate(w: readonly number[]): { scale: number; shift: number } {
  const pairs = groups.flatMap((g) =>
    g.features.map((x, i) => ({ z: x.reduce((s, v, j) => s + v * w[j]!, 0), y: g.relevant[i] ? 1 : 0 })),
  );
  let [scale, shift] = [1, 0];
  for (let step = 0; step < 2000; step++) {
    let [ga, gc] = [0, 0];
    for (const { z, y } of pairs) {
      const error = 1 / (1 + Math.exp(-(scale * z + shift))) - y;
      ga += error * z;
      gc += error;
    }
    scale -= (0.5 * ga) / pairs.length;
    shift -= (2 * gc) / pairs.length;
  }
  return { scale, shift };
}
const { scale, shift } = calibrate(weights);
const round = (x: number): number => Math.round(x * 1e5) / 1e5;
const sha256 = createHash('sha256')
  .update(readFileSync(DATASET_DIR + 'verified_claims.tsv'))
  .update(readFileSync(DATASET_DIR + 'train_queries.tsv'))
  .update(readFileSync(DATASET_DIR + 'train_qrels.tsv'))
  .digest('hex');
const file = {
  features: FEATURE_NAMES,
  weights: weights.map((w, j) => round(j === 0 ? w * scale + shift : w * scale)),
  training: {
    data: 'CLEF-2021 CheckThat! Task 2A English: verified_claims.tsv, train_queries.tsv, train_qrels.tsv',
    sha256,
    loss: chosen.settings.loss,
    epochs: chosen.settings.epochs,
    step: chosen.settings.step,
    l2: chosen.settings.l2,
    crossValidatedMap5: round(chosen.map5),
  },
};
writeFileSync(
  new URL('../../src/main/core/matching/match-weights.json', import.meta.url),
  `${JSON.stringify(file, null, 2)}\n`,
);
console.log(
  `chose ${chosen.settings.loss}; wrote match-weights.json (train MAP@5 ${groupMap5(groups, weights).toFixed(4)})`,
);
