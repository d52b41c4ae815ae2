import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { call } from '../src/main/core/call';
import { openCore, type Core } from '../src/main/core/open-core';
import { writeLibrary } from './generate-library';
import { type Report } from './harness';

/** No import happens here; the worker is named only because the core needs one. */
const resources = {
  samplesDir: new URL('../resources/samples', import.meta.url).pathname,
  importWorker: { url: new URL('../src/main/core/import/import-worker.source.mjs', import.meta.url) },
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function spread(times: number[]): { median: number; min: number; max: number; runs: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: percentile(sorted, 0.5),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    runs: sorted.length,
    p95: percentile(sorted, 0.95),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [performance.now() - start, value];
}

/**
 * Library search over every article, claim and source. The first query reads every article
 * file (what a search without an index does on each query); later ones use the kept words.
 */
async function benchSearch(report: Report, core: Core, count: number, quick: boolean): Promise<void> {
  const queries = ['investigation', 'percent council', 'budget', 'million', 'said the', 'report 2024'];
  const [cold] = await timed(() => call(core.dispatch, 'search.query', { query: 'investigation 1' }));
  const warm: number[] = [];
  for (let i = 0; i < (quick ? 6 : 18); i++) {
    const [ms] = await timed(() => call(core.dispatch, 'search.query', { query: queries[i % queries.length]! }));
    warm.push(ms);
  }
  const hot = spread(warm);
  report.add({
    name: `library search, ${count} articles (${count * 100} claims)`,
    unit: 'ms',
    ...hot,
    ...(count === 1000 ? { target: 300 } : {}),
    baseline: { name: 'first search: every article file read', median: cold, runs: 1 },
    speedup: cold / hot.median,
  });
}

/** The store at 10, 100 and 1,000 articles (× 5 versions × 100 claims). */
export async function benchStore(report: Report, quick: boolean): Promise<void> {
  for (const count of quick ? [10, 100] : [10, 100, 1000]) {
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-bench-'));
    try {
      const { ids, claimIds } = writeLibrary(dir, count);
      const opens: number[] = [];
      const articleOpens: number[] = [];
      for (let i = 0; i < 5; i++) {
        const [openMs, core] = await timed(async () => {
          const c = await openCore({ dataDir: dir, resources, lock: false });
          await call(c.dispatch, 'articles.list', {});
          return c;
        });
        opens.push(openMs);
        const [getMs] = await timed(() => call(core.dispatch, 'articles.get', { id: ids[(i * 7) % ids.length]! }));
        articleOpens.push(getMs);
        await core.close();
      }
      report.add({
        name: `open the library, ${count} articles (list with progress)`,
        unit: 'ms',
        ...spread(opens),
        ...(count === 1000 ? { target: 150 } : {}),
      });
      report.add({
        name: `open one article (5 versions, 100 claims), library of ${count}`,
        unit: 'ms',
        ...spread(articleOpens),
        ...(count === 1000 ? { target: 50 } : {}),
      });

      // This one writes, so it takes the folder's lock (without it the store is read-only).
      const core: Core = await openCore({ dataDir: dir, resources });
      // The start-up snapshot copies the whole folder once, in the background; this figure is the
      // steady state (the cost during a snapshot is in the README, Backups).
      await core.backups.settled();
      const changes: number[] = [];
      // Statuses the rules allow without evidence (verified needs a supporting source).
      const statuses = ['in-progress', 'unverifiable', 'unchecked'] as const;
      for (let i = 0; i < (quick ? 20 : 60); i++) {
        const a = i % Math.min(5, ids.length);
        await call(core.dispatch, 'articles.get', { id: ids[a]! });
        const [ms] = await timed(() =>
          call(core.dispatch, 'claims.setStatus', { claimId: claimIds[a]![i % 100]!, status: statuses[i % 3]! }),
        );
        changes.push(ms);
      }
      await benchSearch(report, core, count, quick);
      await core.close();
      const status = spread(changes);

      // Baseline: the same data in one single lowdb file, rewritten on every change.
      const single = new Low(new JSONFile<Record<string, unknown>>(join(dir, 'single.json')), {});
      single.data = {
        library: JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')),
        articles: readdirSync(join(dir, 'articles'))
          .filter((n) => n.endsWith('.json'))
          .map((n) => JSON.parse(readFileSync(join(dir, 'articles', n), 'utf8'))),
      };
      const baseline: number[] = [];
      for (let i = 0; i < (count >= 1000 ? 3 : 5); i++) baseline.push((await timed(() => single.write()))[0]);
      const base = spread(baseline);
      report.add({
        name: `claim status change, durable, p95, library of ${count}`,
        unit: 'ms',
        median: status.p95,
        min: status.min,
        max: status.max,
        runs: status.runs,
        ...(count === 1000 ? { target: 20 } : {}),
        baseline: { name: 'the same data in one lowdb file', median: base.median, runs: base.runs },
        speedup: base.median / status.p95,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
