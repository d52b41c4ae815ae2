import { describe, expect, it } from 'vitest';
import type { Article, Claim } from '../../../shared/model';
import { call, callRefused } from '../call';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES, snapshotDir, tempDir } from '../test-helpers';

const V1 = [
  'The authority replaced 4,120 lead lines since March 2023.',
  'Crews now replace about 140 lines a month, the director said.',
  'The council votes on December 12.',
].join('\n\n');
const V2 = [
  'The council votes on December 12.',
  'The authority replaced 4,300 lead lines since March 2023.',
  'Crews now replace about 140 lines a month, the director said.',
].join('\n\n');

async function open(): Promise<{ core: Core; dir: string; article: Article }> {
  const dir = await tempDir();
  const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES, now: clock() });
  const article = await call(core.dispatch, 'articles.create', { title: 'Lead lines', text: V1 });
  return { core, dir, article };
}

/** One second later on every reading: history events keep their order. */
function clock(): () => string {
  let t = Date.parse('2026-03-01T09:00:00.000Z');
  return () => new Date((t += 1000)).toISOString();
}

async function tag(core: Core, article: Article, quote: string): Promise<Claim> {
  const text = article.versions.at(-1)!.text;
  const start = text.indexOf(quote);
  return call(core.dispatch, 'claims.create', { articleId: article.id, start, end: start + quote.length });
}

const changes = (claim: Claim): string[] => claim.history.map((e) => e.change);

describe('deleting a claim keeps it, with its history, in the article’s trash', () => {
  it('moves it to the trash with who, when and why; lists, reports and search leave it out', async () => {
    const { core, article } = await open();
    const kept = await tag(core, article, 'about 140 lines a month');
    const claim = await tag(core, article, 'replaced 4,120 lead lines');
    await call(core.dispatch, 'claims.update', { claimId: claim.id, notes: 'Called the utility' });
    for (const c of [kept, claim]) {
      await call(core.dispatch, 'claims.setStatus', { claimId: c.id, status: 'false', note: 'Invoices say otherwise' });
    }
    await call(core.dispatch, 'settings.update', {
      claimReview: { organizationName: 'Harbor Desk', url: 'https://example.org/check' },
    });
    await call(core.dispatch, 'claims.delete', { claimId: claim.id, reason: '  Tagged twice  ' });

    const after = await call(core.dispatch, 'articles.get', { id: article.id });
    expect(after.claims.map((c) => c.id)).toEqual([kept.id]);
    expect(after.trashedClaims).toHaveLength(1);
    const trashed = after.trashedClaims![0]!;
    expect(trashed).toMatchObject({ id: claim.id, notes: 'Called the utility', anchor: claim.anchor });
    expect(trashed.deleted).toEqual({ at: expect.any(String), by: expect.any(String), reason: 'Tagged twice' });
    expect(changes(trashed)).toEqual(['created', 'notes', 'status', 'deleted']);
    expect(trashed.history.at(-1)).toMatchObject({ change: 'deleted', note: 'Tagged twice', at: trashed.deleted.at });

    const [entry] = await call(core.dispatch, 'articles.list', {});
    expect(entry?.claimCount).toBe(1);
    const markdown = await call(core.dispatch, 'reports.export', { articleId: article.id, format: 'md' });
    expect(markdown.content).toContain('about 140 lines a month');
    expect(markdown.content).not.toContain('4,120');
    const review = await call(core.dispatch, 'reports.export', { articleId: article.id, format: 'claimreview' });
    expect(review.content).toContain('about 140 lines a month');
    expect(review.content).not.toContain('4,120');
    const found = await call(core.dispatch, 'search.query', { query: 'Called the utility' });
    expect(found.filter((r) => r.type === 'claim')).toEqual([]);
    expect((await callRefused(core.dispatch, 'claims.update', { claimId: claim.id, notes: 'x' })).code).toBe(
      'NOT_FOUND',
    );
    await core.close();
  });

  it('a deletion without a reason records none', async () => {
    const { core, article } = await open();
    const claim = await tag(core, article, 'December 12');
    await call(core.dispatch, 'claims.delete', { claimId: claim.id });
    const [trashed] = (await call(core.dispatch, 'articles.get', { id: article.id })).trashedClaims!;
    expect(trashed!.deleted.reason).toBeUndefined();
    expect(trashed!.history.at(-1)!.note).toBeUndefined();
    await core.close();
  });

  it('restores it as it was, with a restored event, and undo looks past the trip', async () => {
    const { core, article } = await open();
    const claim = await tag(core, article, 'about 140 lines a month');
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'in-progress' });
    await call(core.dispatch, 'claims.delete', { claimId: claim.id, reason: 'Wrong claim' });

    const restored = await call(core.dispatch, 'claims.restore', { claimId: claim.id });
    expect(restored).toMatchObject({
      id: claim.id,
      status: 'in-progress',
      anchor: claim.anchor,
      anchorState: 'current',
    });
    expect(restored).not.toHaveProperty('deleted');
    expect(changes(restored)).toEqual(['created', 'status', 'deleted', 'restored']);
    const after = await call(core.dispatch, 'articles.get', { id: article.id });
    expect(after.claims.map((c) => c.id)).toEqual([claim.id]);
    expect(after.trashedClaims).toEqual([]);

    const undone = await call(core.dispatch, 'claims.undo', { claimId: claim.id });
    expect(undone.status).toBe('unchecked');
    expect(undone.history.at(-1)).toMatchObject({ change: 'status', from: 'in-progress', to: 'unchecked', undoes: 1 });
    await core.close();
  });

  it('a claim deleted before a revision comes back carried onto the current version', async () => {
    const { core, article } = await open();
    const edited = await tag(core, article, 'replaced 4,120 lead lines since March 2023');
    const moved = await tag(core, article, 'December 12');
    const source = await call(core.dispatch, 'sources.create', { kind: 'document', title: 'Utility report' });
    await call(core.dispatch, 'claims.addEvidence', { claimId: edited.id, sourceId: source.id, relation: 'supports' });
    await call(core.dispatch, 'claims.setStatus', { claimId: edited.id, status: 'verified' });
    await call(core.dispatch, 'claims.delete', { claimId: edited.id });
    await call(core.dispatch, 'claims.delete', { claimId: moved.id });
    await call(core.dispatch, 'versions.add', { articleId: article.id, text: V2 });

    const back = await call(core.dispatch, 'claims.restore', { claimId: edited.id });
    expect(back).toMatchObject({ anchorState: 'edited', status: 'needs-recheck', anchor: { version: 2 } });
    expect(back.anchor.exact).toBe('replaced 4,300 lead lines since March 2023');
    expect(changes(back).slice(-3)).toEqual(['restored', 'anchor', 'status']);
    const place = await call(core.dispatch, 'claims.restore', { claimId: moved.id });
    expect(place.anchor).toMatchObject({ version: 2, exact: 'December 12' });
    const after = await call(core.dispatch, 'articles.get', { id: article.id });
    expect(after.versions[1]!.text.slice(place.anchor.start, place.anchor.end)).toBe('December 12');
    await core.close();
  });

  it('evidence whose source left the library meanwhile is unlinked on the record, and the claim flagged', async () => {
    const { core, article } = await open();
    const claim = await tag(core, article, 'about 140 lines a month');
    const source = await call(core.dispatch, 'sources.create', { kind: 'interview', title: 'Director, by phone' });
    await call(core.dispatch, 'claims.addEvidence', { claimId: claim.id, sourceId: source.id, relation: 'supports' });
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified' });
    await call(core.dispatch, 'claims.delete', { claimId: claim.id });
    await call(core.dispatch, 'sources.delete', { id: source.id });

    const back = await call(core.dispatch, 'claims.restore', { claimId: claim.id });
    expect(back.evidence).toEqual([]);
    expect(back.status).toBe('needs-recheck');
    expect(back.history.slice(-2)).toMatchObject([
      { change: 'evidence-removed', from: 'supports: Director, by phone (source no longer in the library)' },
      { change: 'status', from: 'verified', to: 'needs-recheck' },
    ]);
    await core.close();
  });

  it('refuses to restore what is not in the trash, leaving the folder byte-identical', async () => {
    const { core, dir, article } = await open();
    const claim = await tag(core, article, 'December 12');
    const before = await snapshotDir(dir);
    expect((await callRefused(core.dispatch, 'claims.restore', { claimId: claim.id })).message).toMatch(
      /no claim with id .* in the article’s trash/,
    );
    expect((await callRefused(core.dispatch, 'claims.restore', { claimId: `${article.id}-cnothere` })).code).toBe(
      'NOT_FOUND',
    );
    expect((await callRefused(core.dispatch, 'claims.restore', { claimId: 'anotanarticle-cx' })).code).toBe(
      'NOT_FOUND',
    );
    expect(await snapshotDir(dir)).toEqual(before);
    await call(core.dispatch, 'claims.delete', { claimId: claim.id });
    await call(core.dispatch, 'claims.restore', { claimId: claim.id });
    expect((await callRefused(core.dispatch, 'claims.restore', { claimId: claim.id })).code).toBe('NOT_FOUND');
    expect(
      (await callRefused(core.dispatch, 'claims.delete', { claimId: claim.id, reason: 'x'.repeat(20_001) })).code,
    ).toBe('INVALID_INPUT');
    await core.close();
  });
});

describe('the JSON record keeps the article’s trash', () => {
  async function exportedWithTrash(): Promise<{ json: string; claimId: string; sourceId: string }> {
    const { core, article } = await open();
    const claim = await tag(core, article, 'about 140 lines a month');
    const source = await call(core.dispatch, 'sources.create', { kind: 'document', title: 'Crew log' });
    await call(core.dispatch, 'claims.addEvidence', { claimId: claim.id, sourceId: source.id, relation: 'context' });
    await call(core.dispatch, 'claims.delete', { claimId: claim.id, reason: 'Not a claim' });
    const file = await call(core.dispatch, 'reports.export', { articleId: article.id, format: 'json' });
    await core.close();
    return { json: file.content, claimId: claim.id, sourceId: source.id };
  }

  it('exports the deleted claims and the sources they cite; an import brings them back whole', async () => {
    const { json, claimId, sourceId } = await exportedWithTrash();
    const record = JSON.parse(json) as { schemaVersion: number; article: Article; sources: { id: string }[] };
    expect(record.schemaVersion).toBe(2);
    expect(record.article.trashedClaims?.map((c) => [c.id, c.deleted.reason])).toEqual([[claimId, 'Not a claim']]);
    expect(record.sources.map((s) => s.id)).toEqual([sourceId]);

    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const imported = await call(core.dispatch, 'articles.importRecord', { json });
    expect(imported.trashedClaims).toEqual(record.article.trashedClaims);
    const back = await call(core.dispatch, 'claims.restore', { claimId });
    expect(back.evidence.map((e) => e.sourceId)).toEqual([sourceId]);
    await core.close();
  });

  it('an import refuses a trashed claim that breaks the record’s rules, storing nothing', async () => {
    const { json, claimId } = await exportedWithTrash();
    const tampers: [(r: { article: Article }) => void, RegExp][] = [
      [(r) => (r.article.trashedClaims![0]!.anchor.exact = 'Other words'), /not the claim's words/],
      [(r) => r.article.claims.push({ ...r.article.trashedClaims![0]! }), /appears twice/],
      [(r) => (r.article.trashedClaims![0]!.deleted.at = 'yesterday'), /deletion has no valid time/],
      [(r) => (r.article.trashedClaims![0]!.deleted.reason = 'r'.repeat(20_001)), /reason/],
    ];
    for (const [tamper, why] of tampers) {
      const record = JSON.parse(json) as { article: Article };
      tamper(record);
      const dir = await tempDir();
      const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
      const before = await snapshotDir(dir);
      const refusal = await callRefused(core.dispatch, 'articles.importRecord', { json: JSON.stringify(record) });
      expect(refusal.code, claimId).toBe('INVALID_INPUT');
      expect(refusal.message).toMatch(why);
      expect(await snapshotDir(dir)).toEqual(before);
      await core.close();
    }
  });

  it('still imports a record of the first format', async () => {
    const { json } = await exportedWithTrash();
    const record = JSON.parse(json) as { schemaVersion: number; article: Article };
    record.schemaVersion = 1;
    delete record.article.trashedClaims;
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const imported = await call(core.dispatch, 'articles.importRecord', { json: JSON.stringify(record) });
    expect(imported.trashedClaims).toBeUndefined();
    await core.close();
  });
});
