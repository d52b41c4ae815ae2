import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { textVectors } from '../../src/main/core/domain/suggest/features';
import { encodeModel, MODEL_FILE } from '../../src/main/core/domain/suggest/model-file';
import { bestThreshold, FEATURES, fitLinear, leaveOneOut, TRAINING } from '../../src/main/core/domain/suggest/train';
import { loadTranscripts } from './clef';
import { averagePrecision, mean } from './metrics';

/**
 * `npm run train:suggest`: rebuilds resources/models/checkworthiness.json from the CLEF-2019 Task 1
 * training transcripts. Deterministic: the same data gives the same file, byte for byte. The
 * threshold comes from leave-one-transcript-out scores (each transcript scored by a model that never
 * saw it), so it is chosen on honest scores, not on the model's own training sentences.
 */
const transcripts = loadTranscripts();
const digest = createHash('sha256');
for (const t of transcripts) digest.update(`${t.name}\n${t.sentences.join('\n')}\n${t.labels.join('')}\n`);

const { probabilities } = leaveOneOut(transcripts);
const map = mean(probabilities.map((p, i) => averagePrecision(p, transcripts[i]!.labels)));
const choice = bestThreshold(
  probabilities.flat(),
  transcripts.flatMap((t) => t.labels),
);
const model = fitLinear(
  transcripts.map((t) => textVectors(t.sentences, FEATURES)),
  transcripts,
  FEATURES,
  TRAINING,
);

const round = (x: number): number => Number(x.toFixed(4));
const text = encodeModel(model, {
  features: FEATURES,
  training: TRAINING,
  threshold: choice.threshold,
  provenance: {
    data: 'CLEF-2019 CheckThat! Task 1 training set (apepa/clef2019-factchecking-task1, commit 7d46333, data/training/)',
    dataSha256: digest.digest('hex'),
    transcripts: transcripts.length,
    sentences: transcripts.reduce((n, t) => n + t.sentences.length, 0),
    positives: transcripts.reduce((n, t) => n + t.labels.filter((y) => y === 1).length, 0),
    leaveOneOutMap: round(map),
    threshold: { precision: round(choice.precision), recall: round(choice.recall), f1: round(choice.f1) },
  },
});
const dir = new URL('../../resources/models/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL(MODEL_FILE, dir), text);
console.log(
  `Wrote resources/models/${MODEL_FILE} (${(text.length / 1024).toFixed(0)} KB): leave-one-out MAP ${map.toFixed(4)}, ` +
    `threshold ${choice.threshold.toFixed(3)} (precision ${choice.precision.toFixed(3)}, recall ${choice.recall.toFixed(3)}, F1 ${choice.f1.toFixed(3)})`,
);
