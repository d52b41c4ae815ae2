import { readFileSync } from 'node:fs';
import { CLAIM_KINDS } from '../../src/shared/model';
import { shippedModel } from '../../src/main/core/domain/suggest/model-file';
import { CHECKWORTHY, scoreSentences } from '../../src/main/core/domain/suggest/score';
import { bestThreshold, FEATURES, leaveOneOut, TRAINING } from '../../src/main/core/domain/suggest/train';
import { loadTranscripts } from './clef';
import { averagePrecision, mean } from './metrics';
import { scoreSentence as ruleScore } from './rule-score';
import { simulateDesk } from './simulate';

/**
 * `npm run eval:suggest [-- --errors] [-- --ablation]`: the check-worthiness model against the old
 * rule-based scorer (eval/suggest/rule-score.ts, frozen), on
 * 1. the project's own 420 labelled sentences (eval/suggest/sentences.tsv, labelled by RULES.md; ids
 *    ≡ 1, 2 (mod 4) were used to tune the old weights and the kind rules, ids ≡ 0, 3 were held out);
 * 2. the CLEF-2019 Task 1 training transcripts, leave one transcript out (train on 18, rank the 19th);
 * 3. learning from the desk, simulated on the same transcripts (see simulate.ts).
 */
interface Row {
  id: string;
  genre: string;
  label: number;
  kind: string;
  text: string;
}

const rows: Row[] = readFileSync(new URL('./sentences.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [id, genre, label, kind, text] = line.split('\t');
    return { id: id!, genre: genre!, label: Number(label), kind: kind!, text: text! };
  });

const model = shippedModel();
const scorers = {
  model: { threshold: CHECKWORTHY, score: (text: string) => scoreSentences([text], model)[0]! },
  'old rules': { threshold: 0.5, score: ruleScore },
};
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);
const heldOut = (r: Row): boolean => [0, 3].includes(Number(r.id.slice(1)) % 4);

console.log(`1. The project's own ${rows.length} labelled sentences (each scored on its own)\n`);
console.log('scorer     threshold  set                n   pos  precision  recall      F1      AP   kind');
for (const [name, scorer] of Object.entries(scorers)) {
  const scored = rows.map((row) => ({ row, ...scorer.score(row.text) }));
  const sets: [string, typeof scored][] = [
    ['all', scored],
    ['tuning', scored.filter((r) => !heldOut(r.row))],
    ['held out', scored.filter((r) => heldOut(r.row))],
    ...['news', 'press-release', 'speech', 'interview', 'opinion'].map((g): [string, typeof scored] => [
      g,
      scored.filter((r) => r.row.genre === g),
    ]),
  ];
  for (const [set, subset] of sets) {
    const flagged = (r: { score: number }): boolean => r.score >= scorer.threshold;
    const tp = subset.filter((r) => r.row.label === 1 && flagged(r)).length;
    const fp = subset.filter((r) => r.row.label === 0 && flagged(r)).length;
    const positives = subset.filter((r) => r.row.label === 1);
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, positives.length);
    const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    const ap = averagePrecision(
      subset.map((r) => r.score),
      subset.map((r) => r.row.label),
    );
    const kinds = positives.filter((r) => r.kind === r.row.kind).length / Math.max(1, positives.length);
    console.log(
      `${name.padEnd(10)} ${scorer.threshold.toFixed(3).padStart(9)}  ${set.padEnd(14)} ${String(subset.length).padStart(4)}  ${String(positives.length).padStart(4)}  ${pct(precision).padStart(9)}  ${pct(recall)}  ${pct(f1)}  ${pct(ap)}  ${pct(kinds)}`,
    );
  }
  if (process.argv.includes('--errors')) {
    for (const r of scored.filter(
      (s) => (s.score >= scorer.threshold ? 1 : 0) !== s.row.label || (s.row.label === 1 && s.kind !== s.row.kind),
    )) {
      console.log(
        `  ${r.row.id} label ${r.row.label} ${r.row.kind} score ${r.score.toFixed(3)} ${r.kind} [${r.reason}] ${r.row.text}`,
      );
    }
  }
}
console.log(
  `(kind: share of check-worthy sentences whose kind agrees with the label; kinds: ${CLAIM_KINDS.join(', ')})`,
);

const transcripts = loadTranscripts();
const labels = transcripts.map((t) => t.labels);
const { probabilities, models } = leaveOneOut(transcripts);
const maps = probabilities.map((p, i) => averagePrecision(p, labels[i]!));
const oldMaps = transcripts.map((t, i) =>
  averagePrecision(
    t.sentences.map((s) => ruleScore(s).score),
    labels[i]!,
  ),
);
console.log(`\n2. CLEF-2019 Task 1 training transcripts, leave one transcript out (AP per transcript)\n`);
console.log('transcript                       n  pos   model  old rules');
transcripts.forEach((t, i) =>
  console.log(
    `${t.name.padEnd(28)} ${String(t.labels.length).padStart(5)} ${String(t.labels.filter((y) => y === 1).length).padStart(4)}  ${maps[i]!.toFixed(4)}  ${oldMaps[i]!.toFixed(4)}`,
  ),
);
console.log(`MAP                                      ${mean(maps).toFixed(4)}  ${mean(oldMaps).toFixed(4)}`);
const choice = bestThreshold(probabilities.flat(), labels.flat());
console.log(
  `best F1 of the check-worthy class on these scores: ${choice.f1.toFixed(3)} at ${choice.threshold.toFixed(3)} ` +
    `(precision ${choice.precision.toFixed(3)}, recall ${choice.recall.toFixed(3)}); shipped threshold ${model.threshold} (scores are shifted so that it reads 0.5)`,
);

console.log(`\n3. Learning from the desk: the first half of each transcript labelled, the second half ranked\n`);
for (const mode of ['reviewed', 'all'] as const) {
  const desk = simulateDesk(transcripts, models, choice.threshold, mode);
  const what =
    mode === 'reviewed' ? 'suggestions accepted or dismissed, missed claims tagged' : 'every sentence labelled';
  console.log(
    `${what} (${desk.labels} labels): MAP shipped ${desk.without.toFixed(4)}, adapted ${desk.with.toFixed(4)}`,
  );
}

if (process.argv.includes('--ablation')) {
  const grams = leaveOneOut(transcripts, { ...FEATURES, charMin: 3, charMax: 5 }, TRAINING);
  const gramMap = mean(grams.probabilities.map((p, i) => averagePrecision(p, labels[i]!)));
  console.log(`\nAblation: with character 3–5-grams, leave-one-out MAP ${gramMap.toFixed(4)}`);
}
