import { describe, expect, it } from 'vitest';
import type { Article, Source } from '../../../shared/model';
import { openCore, type Core } from '../open-core';
import { call } from '../call';
import { TEST_RESOURCES, snapshotDir, tempDir } from '../test-helpers';

interface RecordJson {
  article: Article;
  sources: Source[];
}

/** A real export: an article with two versions, two claims (one with evidence and a status), one source. */
async function exported(): Promise<RecordJson> {
  const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
  const text = 'The ferry carried 4,100 people in May.\n\nThe council said fares would rise by 3%.';
  const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text });
  const source = await call(core.dispatch, 'sources.create', { kind: 'dataset', title: 'Port figures' });
  const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 38 });
  await call(core.dispatch, 'claims.create', { articleId: article.id, start: 40, end: 80 });
  await call(core.dispatch, 'claims.addEvidence', { claimId: claim.id, sourceId: source.id, relation: 'supports' });
  await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified' });
  await call(core.dispatch, 'versions.add', { articleId: article.id, text: `${text}\n\nA closing line.` });
  const file = await call(core.dispatch, 'reports.export', { articleId: article.id, format: 'json' });
  await core.close();
  return JSON.parse(file.content) as RecordJson;
}

async function importInto(core: Core, record: RecordJson) {
  return core.dispatch('articles.importRecord', { json: JSON.stringify(record) });
}

const TAMPERS: [string, (r: RecordJson) => void, RegExp][] = [
  ['a title of a million characters', (r) => (r.article.title = 'x'.repeat(1_000_000)), /title/],
  ['a version longer than any draft', (r) => (r.article.versions[0]!.text += 'y'.repeat(2_000_001)), /characters/],
  ['a verdict over 80 characters', (r) => (r.article.claims[0]!.verdict = 'v'.repeat(100_000)), /verdict/],
  ['two claims with one id', (r) => (r.article.claims[1]!.id = r.article.claims[0]!.id), /appears twice/],
  ['two sources with one id', (r) => r.sources.push({ ...r.sources[0]! }), /appears twice/],
  ['an anchor past the end of its version', (r) => (r.article.claims[0]!.anchor.end = 10_000_000), /not inside/],
  ['an anchor on other words', (r) => (r.article.claims[0]!.anchor.exact = 'Something else'), /not the claim/],
  ['an anchor in a version that is not there', (r) => (r.article.claims[0]!.anchor.version = 9), /version 9/],
  [
    'a forged status in the history',
    (r) =>
      r.article.claims[1]!.history.push({
        at: '2099-01-01T00:00:00.000Z',
        by: 'x',
        change: 'status',
        from: 'unchecked',
        to: 'verified',
      }),
    /history ends at “verified”/,
  ],
  [
    'history out of time order',
    (r) => r.article.claims[0]!.history.unshift({ at: '2099-01-01T00:00:00.000Z', by: 'x', change: 'notes', to: 'n' }),
    /dated before/,
  ],
  ['an undo of an entry after it', (r) => (r.article.claims[0]!.history[0]!.undoes = 5), /undoes/],
  ['an article id with regular-expression syntax', (r) => (r.article.id = 'a(b+)+$'), /not an article id/],
  ['versions numbered out of order', (r) => (r.article.versions[1]!.n = 5), /numbered/],
  ['a source address that does not parse', (r) => (r.sources[0]!.url = 'http://%zz/'), /not a web address/],
  [
    'a source address posing as another host',
    (r) => (r.sources[0]!.url = 'https://example.org@evil.example/'),
    /not a web address/,
  ],
];

describe('articles.importRecord', () => {
  it('imports an untampered export', async () => {
    const record = await exported();
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const result = await importInto(core, record);
    expect(result.ok).toBe(true);
    await core.close();
  });

  it.each(TAMPERS)('refuses %s with INVALID_INPUT and a sentence, storing nothing', async (_what, tamper, why) => {
    const record = await exported();
    tamper(record);
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    await core.store.idle();
    const before = await snapshotDir(dir);
    const result = await importInto(core, record);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(why);
    expect(result.error.message.length).toBeLessThan(400);
    await core.store.idle();
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });

  it('drops direction controls from names and labels, as the API does, and keeps them in the draft', async () => {
    const record = await exported();
    const rlo = '\u202E';
    record.article.title = `Ferry${rlo}fdp.exe`;
    record.article.versions[0]!.text = `${rlo}${record.article.versions[0]!.text}`;
    record.article.claims.forEach((c) => {
      if (c.anchor.version === 1) c.anchor = { ...c.anchor, start: c.anchor.start + 1, end: c.anchor.end + 1 };
    });
    record.article.claims[0]!.verdict = `True${rlo}`;
    record.sources[0]!.title = `Port${rlo} figures`;
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.importRecord', { json: JSON.stringify(record) });
    const sources = await call(core.dispatch, 'sources.list', {});
    expect(article.title).toBe('Ferryfdp.exe');
    expect(article.claims[0]!.verdict).toBe('True');
    expect(sources.map((s) => s.title)).toEqual(['Port figures']);
    expect(article.versions[0]!.text.startsWith(rlo)).toBe(true);
    await core.close();
  });

  it('refuses a record of more than a million values before parsing it, storing nothing', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    await core.store.idle();
    const before = await snapshotDir(dir);
    const result = await core.dispatch('articles.importRecord', { json: `[${'0,'.repeat(1_000_000)}0]` });
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });
});
