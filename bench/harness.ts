import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  unit: 'ms' | 'MB';
  median: number;
  min: number;
  max: number;
  runs: number;
  target?: number;
  baseline?: { name: string; median: number; runs: number };
  /** baseline.median / median: how many times faster than the baseline (absent: a floor, not a rival). */
  speedup?: number;
  /** median / baseline.median: how many times the baseline's time (a floor, not a competitor). */
  ofBaseline?: number;
}

/** Times `work` `runs` times (after one warm-up unless told otherwise) and returns the spread. */
export function measure(work: () => unknown, runs: number, warmup = true): Omit<Figure, 'name' | 'unit'> {
  if (warmup) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { median, min: times[0]!, max: times[times.length - 1]!, runs };
}

export class Report {
  readonly figures: Figure[] = [];

  add(figure: Figure): void {
    this.figures.push(figure);
    const round = (n: number): string => (n < 10 ? n.toFixed(2) : n.toFixed(0));
    const parts = [
      figure.name.padEnd(58),
      `${round(figure.median).padStart(8)} ${figure.unit}`,
      `(${round(figure.min)}–${round(figure.max)}, n=${figure.runs})`.padEnd(24),
    ];
    if (figure.target !== undefined)
      parts.push(`target < ${figure.target} ${figure.unit} ${figure.median < figure.target ? 'met' : 'MISSED'}`);
    if (figure.baseline) {
      const times = figure.median / figure.baseline.median;
      parts.push(
        times < 1
          ? `${(1 / times).toFixed(0)}× faster than ${figure.baseline.name}`
          : `${times.toFixed(1)}× ${figure.baseline.name}`,
      );
    }
    console.log(parts.join('  '));
  }

  write(path: string, quick: boolean): void {
    mkdirSync(dirname(path), { recursive: true });
    const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
    writeFileSync(
      path,
      `${JSON.stringify({ date: new Date().toISOString(), quick, machine, figures: this.figures }, null, 2)}\n`,
    );
    console.log(
      `\n${this.figures.length} figures written to ${path} (${machine.cores} cores, ${machine.cpu}, Node ${machine.node})`,
    );
  }
}

/** The median, least, greatest and count of a set of timings. */
export function spread(values: number[]): { median: number; min: number; max: number; runs: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1]!, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** The baseline fields of a figure: the baseline's median and how many times it the figure is. */
export function versus(name: string, baseline: number[], values: number[]): Pick<Figure, 'baseline' | 'ofBaseline'> {
  const base = spread(baseline);
  return { baseline: { name, median: base.median, runs: base.runs }, ofBaseline: spread(values).median / base.median };
}
