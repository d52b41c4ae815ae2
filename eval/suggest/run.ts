import { readFileSync } from 'node:fs';
import { scoreSentence } from '../../src/main/core/domain/suggest/score';
import { CHECKWORTHY_THRESHOLD } from '../../src/main/core/domain/suggest/suggest';

/**
 * `npm run eval:suggest`: precision, recall, F1 (at the default threshold) and average precision of
 * the check-worthiness scorer on our own labelled sentences (eval/suggest/sentences.tsv, labelled by
 * eval/suggest/RULES.md). Ids ≡ 1, 2 (mod 4) were used to choose the weights; ids ≡ 0, 3 (mod 4) were held out.
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

function metrics(subset: Row[]) {
  const scored = subset.map((row) => ({ row, ...scoreSentence(row.text) }));
  const predicted = (r: { score: number }): boolean => r.score >= CHECKWORTHY_THRESHOLD;
  const tp = scored.filter((r) => r.row.label === 1 && predicted(r)).length;
  const fp = scored.filter((r) => r.row.label === 0 && predicted(r)).length;
  const fn = scored.filter((r) => r.row.label === 1 && !predicted(r)).length;
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  // Average precision: the mean of the precision at each check-worthy sentence, ranked by score.
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.row.id.localeCompare(b.row.id));
  let hits = 0;
  let sum = 0;
  ranked.forEach((r, i) => {
    if (r.row.label === 1) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return { n: subset.length, positives: tp + fn, precision, recall, f1, ap: sum / Math.max(1, hits), scored };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
/** A fixed split that does not follow the order the sentences were written in. */
const heldOut = (r: Row): boolean => [0, 3].includes(Number(r.id.slice(1)) % 4);

console.log(`Check-worthiness on ${rows.length} labelled sentences (threshold ${CHECKWORTHY_THRESHOLD})\n`);
console.log('set                n   pos  precision  recall      F1      AP');
const sets: [string, Row[]][] = [
  ['all', rows],
  ['tuning', rows.filter((r) => !heldOut(r))],
  ['held out', rows.filter(heldOut)],
  ...['news', 'press-release', 'speech', 'interview', 'opinion'].map((g): [string, Row[]] => [
    g,
    rows.filter((r) => r.genre === g),
  ]),
];
for (const [name, subset] of sets) {
  const m = metrics(subset);
  console.log(
    `${name.padEnd(17)} ${String(m.n).padStart(3)}  ${String(m.positives).padStart(4)}  ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}  ${pct(m.f1).padStart(6)}  ${pct(m.ap).padStart(6)}`,
  );
}

const { scored } = metrics(rows);
const positives = scored.filter((r) => r.row.label === 1);
const agree = positives.filter((r) => r.kind === r.row.kind).length;
console.log(
  `\nkind agrees with the label on ${agree} of ${positives.length} check-worthy sentences (${pct(agree / positives.length)})`,
);
if (process.argv.includes('--errors')) {
  console.log('\nMisses and false alarms:');
  for (const r of scored) {
    if ((r.score >= CHECKWORTHY_THRESHOLD ? 1 : 0) !== r.row.label) {
      console.log(`${r.row.id} label ${r.row.label} score ${r.score.toFixed(2)} [${r.reason}] ${r.row.text}`);
    }
  }
}
