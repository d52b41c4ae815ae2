import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { call } from '../src/main/core/call';
import { matchClaim } from '../src/main/core/matching/match-claim';
import { buildMatchIndex, retrieve } from '../src/main/core/matching/match-index';
import { analyze, queryTerms } from '../src/main/core/matching/analyze';
import { openCore } from '../src/main/core/open-core';
import { summarize } from '../src/main/core/domain/summary';
import { ARTICLE_SCHEMA_VERSION } from '../src/main/core/store/file-schemas';
import type { Article } from '../src/shared/model';
import type { StoredPastCheck } from '../src/shared/past-checks';
import { generateCheckedArticle } from './generate-article';
import { random, sentence } from './generate-draft';
import { writeLibrary } from './generate-library';
import { spread, type Report } from './harness';

const resources = {
  samplesDir: new URL('../resources/samples', import.meta.url).pathname,
  importWorker: { url: new URL('../src/main/core/import/import-worker.source.mjs', import.meta.url) },
};

const LABELS = ['False', 'Mostly false', 'Half true', 'Mostly true', 'True', 'Pants on fire'];

/** `count` fact-checks in the draft's own vocabulary; one in ten claims of `article` is among them, reworded. */
function generateArchive(count: number, article: Article): StoredPastCheck[] {
  const rng = random(77);
  const repeats = article.claims.filter((_, i) => i % 10 === 0).map((c) => `${c.anchor.exact}, the council heard.`);
  return Array.from({ length: count }, (_, i) => ({
    id: `pc-${i.toString(16).padStart(24, '0')}`,
    claim: i < repeats.length ? repeats[i]! : sentence(rng),
    publisher: i % 3 ? 'Harbour Checks' : 'Coastal Verify',
    url: `https://factcheck.example/reviews/${i}`,
    reviewDate: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
    rating: { label: LABELS[i % LABELS.length]! },
    importedAt: '2026-12-01T09:00:00.000Z',
    fileName: 'bench.json',
  }));
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [performance.now() - start, value];
}

/** "Checked before" on an archive of 100,000 fact-checks: index, per-claim matching, the counts of a 2,000-claim article. */
export async function benchPastMatches(report: Report, quick: boolean): Promise<void> {
  const size = quick ? 10_000 : 100_000;
  const { article } = generateCheckedArticle(quick ? 10_000 : 50_000, quick ? 400 : 2000, 200, 9);
  article.id = 'abigarticle00';
  article.claims = article.claims.map((c, i) => ({ ...c, id: `abigarticle00-c${String(i).padStart(10, '0')}` }));
  const items = generateArchive(size, article);
  const label = size.toLocaleString('en-US');

  const builds: number[] = [];
  let index = buildMatchIndex([]);
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const start = performance.now();
    index = buildMatchIndex(items.map((item) => ({ id: item.id, text: item.claim })));
    builds.push(performance.now() - start);
  }
  report.add({ name: `past matches: build the index of ${label} fact-checks`, unit: 'ms', ...spread(builds) });

  // Every claim of the article matched; the baseline is the first stage alone (BM25, top 5).
  const full: number[] = [];
  const firstStage: number[] = [];
  for (const claim of article.claims) {
    const text = claim.anchor.exact;
    let start = performance.now();
    retrieve(index, queryTerms(analyze(text)), 5);
    firstStage.push(performance.now() - start);
    start = performance.now();
    matchClaim(index, text, { top: 5 });
    full.push(performance.now() - start);
  }
  const all = spread(full);
  report.add({
    name: `past matches: match one claim, p95 of ${article.claims.length} (${label} fact-checks)`,
    unit: 'ms',
    median: p95(full),
    min: all.min,
    max: all.max,
    runs: all.runs,
    ...(quick ? {} : { target: 20 }),
    baseline: { name: 'BM25 first stage alone (p95)', median: p95(firstStage), runs: firstStage.length },
    ofBaseline: p95(full) / p95(firstStage),
  });

  const dir = mkdtempSync(join(tmpdir(), 'factcheck-match-bench-'));
  try {
    writeLibrary(dir, 10);
    writeFileSync(
      join(dir, 'articles', `${article.id}.json`),
      JSON.stringify({ schemaVersion: ARTICLE_SCHEMA_VERSION, article }),
    );
    const libraryPath = join(dir, 'library.json');
    const library = JSON.parse(readFileSync(libraryPath, 'utf8')) as { articles: unknown[] };
    library.articles.push(summarize(article));
    writeFileSync(libraryPath, JSON.stringify(library));
    writeFileSync(
      join(dir, 'past-checks.json'),
      JSON.stringify({ schemaVersion: 1, items, mapping: { labels: [], fallback: 'unverifiable' } }),
    );
    const core = await openCore({ dataDir: dir, resources, lock: false });
    const opens: number[] = [];
    for (let i = 0; i < 5; i++)
      opens.push((await timed(() => call(core.dispatch, 'articles.get', { id: article.id })))[0]);

    // The first match after start builds the index; nothing else is answered meanwhile.
    const [firstMatchMs] = await timed(() =>
      call(core.dispatch, 'claims.pastMatches', { claimId: article.claims[0]!.id }),
    );
    // The counts' first reading (every claim matched), with the article opened every 50 ms meanwhile:
    // each opening is timed from when it was due, so a stalled event loop counts in full.
    const during: number[] = [];
    let done = false;
    const counting = timed(() => call(core.dispatch, 'articles.pastMatchCounts', { articleId: article.id })).finally(
      () => (done = true),
    );
    while (!done) {
      const due = performance.now() + 50;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await call(core.dispatch, 'articles.get', { id: article.id });
      during.push(Math.max(0, performance.now() - due));
    }
    const [coldMs, counts] = await counting;
    const [warmMs] = await timed(() => call(core.dispatch, 'articles.pastMatchCounts', { articleId: article.id }));
    await core.close();
    const once = (name: string, ms: number): void =>
      report.add({ name, unit: 'ms', median: ms, min: ms, max: ms, runs: 1 });
    once(`past matches: first match after start (index of ${label} built)`, firstMatchMs);
    once(`past matches: counts of the ${article.claims.length}-claim article, first time`, coldMs);
    once('past matches: the same counts again (cached)', warmMs);
    const base = spread(opens);
    report.add({
      name: 'past matches: open that article while its counts are computed (p95)',
      unit: 'ms',
      median: p95(during),
      min: Math.min(...during),
      max: Math.max(...during),
      runs: during.length,
      ...(quick ? {} : { target: 50 }),
      baseline: { name: 'opening it with nothing else running', median: base.median, runs: base.runs },
      ofBaseline: p95(during) / base.median,
    });
    console.log(`  (${Object.keys(counts).length} of ${article.claims.length} claims have matches)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
