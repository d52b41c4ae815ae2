import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDraft, reviseDraft } from './generate-draft';
import type { Report } from './harness';

const BIN = new URL('../bin/factcheck.js', import.meta.url).pathname;

/** Median wall time of a whole process, run `runs` times after one warm-up (disk cache, JIT of nothing). */
function timeProcess(
  command: string,
  args: string[],
  runs: number,
): { median: number; min: number; max: number; runs: number } {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.error) throw result.error;
    // git diff exits 1 when the files differ; anything above that is a failure.
    if ((result.status ?? 2) > 1) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.toString()}`);
    if (i > 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1]!, min: times[0]!, max: times[times.length - 1]!, runs };
}

/** The `factcheck` command as a whole process: start-up, and compare against git's word diff. */
export function benchCli(report: Report, quick: boolean): void {
  if (!existsSync(new URL('../out/main/cli.js', import.meta.url))) {
    console.log('CLI benchmarks skipped: they need the built app (npm run build).');
    return;
  }
  const runs = quick ? 2 : 15;
  const bare = timeProcess(process.execPath, ['-e', '0'], runs);
  report.add({
    name: 'factcheck --help, whole process',
    unit: 'ms',
    ...timeProcess(process.execPath, [BIN, '--help'], runs),
    ...(quick ? {} : { target: Math.round(bare.median * 1.5) }),
    baseline: { name: 'a bare node -e 0', median: bare.median, runs: bare.runs },
  });
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-cli-bench-'));
  try {
    const words = quick ? 10_000 : 50_000;
    const oldText = generateDraft(words, 7);
    const [oldFile, newFile] = [join(dir, 'old.txt'), join(dir, 'new.txt')];
    writeFileSync(oldFile, oldText);
    writeFileSync(newFile, reviseDraft(oldText, 0.2, 11));
    const git = spawnSync('git', ['--version']).status === 0;
    const baseline = git
      ? timeProcess('git', ['diff', '--no-index', '--word-diff=porcelain', oldFile, newFile], runs)
      : undefined;
    report.add({
      name: `factcheck compare --json, ${words.toLocaleString('en-US')} words, 20% edited, whole process`,
      unit: 'ms',
      ...timeProcess(process.execPath, [BIN, 'compare', oldFile, newFile, '--json'], runs),
      ...(baseline
        ? {
            ...(quick ? {} : { target: Math.round(baseline.median * 5) }),
            baseline: {
              name: 'git diff --no-index --word-diff=porcelain',
              median: baseline.median,
              runs: baseline.runs,
            },
          }
        : {}),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
