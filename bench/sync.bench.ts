import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { call } from '../src/main/core/call';
import { openCore, type Core } from '../src/main/core/open-core';
import type { RemoteOptions } from '../src/main/core/sync/remote';
import { writeLibrary } from './generate-library';
import { type Report } from './harness';
import { startBenchHub } from './sync-desk';

const resources = {
  samplesDir: new URL('../resources/samples', import.meta.url).pathname,
  importWorker: { url: new URL('../src/main/core/import/import-worker.source.mjs', import.meta.url) },
};

const folder = (name: string): string => mkdtempSync(join(tmpdir(), `factcheck-bench-${name}-`));

function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function figureOf(times: number[], p = 0.5): { median: number; min: number; max: number; runs: number } {
  return { median: percentile(times, p), min: Math.min(...times), max: Math.max(...times), runs: times.length };
}

async function docCount(core: Core): Promise<number> {
  return (await core.sync!.database!.info()).doc_count;
}

/** The first sync of a library: this machine to an empty hub, then the hub to a new, empty machine. */
async function benchFirstSync(report: Report, remote: RemoteOptions, count: number): Promise<void> {
  const dir = folder('first');
  const fresh = folder('fresh');
  try {
    writeLibrary(dir, count);
    const started = performance.now();
    const copy = spawnSync('cp', ['-r', dir, join(fresh, 'copy')]);
    const copyMs = performance.now() - started;
    if (copy.status !== 0) throw new Error('cp -r failed');
    rmSync(join(fresh, 'copy'), { recursive: true, force: true });
    const baseline = { name: 'cp -r of the data folder', median: copyMs, runs: 1 };

    const up = performance.now();
    const source = await openCore({ dataDir: dir, resources, syncRemote: remote, syncLive: false });
    await source.sync!.round();
    const upMs = performance.now() - up;
    const docs = await docCount(source);
    await source.close();
    report.add({
      name: `first sync to an empty hub, ${count} articles (${docs} docs, ${Math.round(docs / (upMs / 1000))} docs/s)`,
      unit: 'ms',
      median: upMs,
      min: upMs,
      max: upMs,
      runs: 1,
      baseline,
      ofBaseline: upMs / copyMs,
    });

    const down = performance.now();
    const target = await openCore({ dataDir: fresh, resources, syncRemote: remote, syncLive: false });
    await target.sync!.round();
    const downMs = performance.now() - down;
    const arrived = (await call(target.dispatch, 'articles.list', {})).length;
    await target.close();
    if (arrived !== count) throw new Error(`The new machine received ${arrived} of ${count} articles.`);
    report.add({
      name: `first sync from the hub to a new machine, ${count} articles (${Math.round(docs / (downMs / 1000))} docs/s)`,
      unit: 'ms',
      median: downMs,
      min: downMs,
      max: downMs,
      runs: 1,
      baseline,
      ofBaseline: downMs / copyMs,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(fresh, { recursive: true, force: true });
  }
}

/** A claim changed on A, continuously replicated: how long until B shows it. And A's writes, sync on and off. */
async function benchLive(report: Report, remote: RemoteOptions, quick: boolean): Promise<void> {
  const dirs = [folder('a'), folder('b'), folder('off')];
  const count = quick ? 5 : 50;
  // A has the library and B receives it; the third, with sync off, is the writes' baseline.
  writeLibrary(dirs[0]!, count);
  writeLibrary(dirs[2]!, count);
  const a = await openCore({ dataDir: dirs[0]!, resources, syncRemote: remote });
  const b = await openCore({ dataDir: dirs[1]!, resources, syncRemote: remote });
  const off = await openCore({ dataDir: dirs[2]!, resources });
  let bOpen = true;
  try {
    const [article] = await call(a.dispatch, 'articles.list', {});
    const id = article!.id;
    const claims = (await call(a.dispatch, 'articles.get', { id })).claims;
    // B receives the library first; the live replication then carries single changes.
    await a.sync!.round();
    await b.sync!.round();
    await call(b.dispatch, 'articles.get', { id });
    const latencies: number[] = [];
    for (let i = 0; i < (quick ? 5 : 40); i++) {
      const claimId = claims[i % claims.length]!.id;
      const notes = `change ${i}`;
      const start = performance.now();
      await call(a.dispatch, 'claims.update', { claimId, notes });
      for (;;) {
        const onB = await call(b.dispatch, 'articles.get', { id });
        if (onB.claims.find((c) => c.id === claimId)?.notes === notes) break;
        if (performance.now() - start > 30_000) throw new Error('The change did not reach B within 30 s.');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      latencies.push(performance.now() - start);
    }
    report.add({
      name: 'claim change on A visible on B (live sync, loopback), p95',
      unit: 'ms',
      ...figureOf(latencies, 0.95),
      target: 2000,
    });

    // A's writes alone (B, another machine in real life, would not share A's process), one every
    // 100 ms, each exported and replicated meanwhile; the same writes with sync off as the baseline.
    await b.close();
    bOpen = false;
    const writes = async (core: Core, pick: (i: number) => string): Promise<number[]> => {
      const times: number[] = [];
      for (let i = 0; i < (quick ? 10 : 100); i++) {
        const start = performance.now();
        await call(core.dispatch, 'claims.update', { claimId: pick(i), notes: `write ${i}` });
        times.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return times;
    };
    const offClaims = (await call(off.dispatch, 'articles.get', { id })).claims;
    const writesOn = await writes(a, (i) => claims[i % claims.length]!.id);
    const writesOff = await writes(off, (i) => offClaims[i % offClaims.length]!.id);
    const offP95 = percentile(writesOff, 0.95);
    report.add({
      name: 'claim change, durable, p95, with sync on',
      unit: 'ms',
      ...figureOf(writesOn, 0.95),
      target: 20,
      baseline: { name: 'with sync off', median: offP95, runs: writesOff.length },
      ofBaseline: percentile(writesOn, 0.95) / offP95,
    });
  } finally {
    for (const core of [a, off]) await core.close();
    if (bOpen) await b.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

/** The desk sync: first sync of a whole library, live latency between two machines, writes with sync on. */
export async function benchSync(report: Report, quick: boolean): Promise<void> {
  const hub = await startBenchHub();
  try {
    await benchFirstSync(report, await hub.desk('first'), quick ? 10 : 1000);
    await benchLive(report, await hub.desk('live'), quick);
  } finally {
    await hub.close();
    rmSync(hub.dir, { recursive: true, force: true });
  }
}
