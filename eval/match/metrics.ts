/** Average precision over the first k of a ranking, divided by the number relevant (trec_eval's map_cut). */
export function averagePrecisionAt(ranking: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranking.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return sum / relevant.size;
}

export function precisionAt1(ranking: readonly string[], relevant: ReadonlySet<string>): number {
  return ranking[0] !== undefined && relevant.has(ranking[0]) ? 1 : 0;
}

export const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
