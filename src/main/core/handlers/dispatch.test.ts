import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES, snapshotDir, tempDir } from '../test-helpers';
import { call, callRefused } from '../call';

const DRAFT = 'The council approved $38 million on Tuesday.\n\nThe mayor said turnout was 61 percent.';

async function withArticle(): Promise<{ core: Core; dir: string; article: Article }> {
  const dir = await tempDir();
  const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
  const article = await call(core.dispatch, 'articles.create', { title: 'Budget', text: DRAFT });
  return { core, dir, article };
}

describe('dispatch', () => {
  it('rejects an unknown method with INVALID_INPUT and leaves the store untouched', async () => {
    const { core, dir } = await withArticle();
    const before = await snapshotDir(dir);
    for (const method of ['articles.drop', '__proto__', 'toString', 42, null]) {
      const result = await core.dispatch(method, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });

  it('rejects invalid input with INVALID_INPUT, names the field, and writes nothing', async () => {
    const { core, dir, article } = await withArticle();
    const before = await snapshotDir(dir);
    const bad: [string, unknown][] = [
      ['articles.create', { title: '', text: 'x' }],
      ['articles.create', { title: 'T', text: '   ' }],
      ['articles.create', { title: 'T', text: 'x', extra: true }],
      ['claims.create', { articleId: article.id, start: '3', end: 9 }],
      ['claims.create', { articleId: article.id, start: 1.5, end: 9 }],
      ['claims.setStatus', { claimId: 'x', status: 'approved' }],
      ['sources.create', { kind: 'web', title: 'Site', url: 'javascript:alert(1)' }],
      ['articles.get', { id: '../library' }],
      ['articles.get', 'not an object'],
    ];
    for (const [method, payload] of bad) {
      const result = await core.dispatch(method, payload);
      expect(result.ok, `${method} ${JSON.stringify(payload)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.message).toMatch(new RegExp(`^Invalid input for ${method.replace('.', '\\.')}`));
        expect(result.error.issues?.length).toBeGreaterThan(0);
      }
    }
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });

  it('checks claim offsets against the text with a clear error, leaving the store untouched', async () => {
    const { core, dir, article } = await withArticle();
    const before = await snapshotDir(dir);
    const cases: [number, number, RegExp][] = [
      [5, 5, /selection is empty/],
      [20, 10, /runs backwards/],
      [10, DRAFT.length + 1, /past the end of the draft/],
      [44, 46, /only spaces or line breaks/],
    ];
    for (const [start, end, message] of cases) {
      const result = await core.dispatch('claims.create', { articleId: article.id, start, end });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.message).toMatch(message);
      }
    }
    const missing = await callRefused(core.dispatch, 'claims.create', { articleId: 'anothing', start: 0, end: 3 });
    expect(missing.code).toBe('NOT_FOUND');
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });

  it('trims a selection to its words and records the quote with context', async () => {
    const { core, article } = await withArticle();
    const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 3, end: 45 });
    expect(claim.anchor).toMatchObject({
      start: 4,
      end: 44,
      exact: 'council approved $38 million on Tuesday.',
      prefix: 'The ',
    });
    expect(claim.anchor.suffix.startsWith('\n\nThe mayor')).toBe(true);
    await core.close();
  });

  it('round-trips a whole checking session through a restart', async () => {
    const { core, dir, article } = await withArticle();
    await call(core.dispatch, 'settings.update', { editorName: 'Rosa Ortiz' });
    const second = await call(core.dispatch, 'claims.create', {
      articleId: article.id,
      start: 46,
      end: DRAFT.length,
      kind: 'quote',
    });
    const first = await call(core.dispatch, 'claims.create', {
      articleId: article.id,
      start: 0,
      end: 44,
      kind: 'statistic',
    });
    const source = await call(core.dispatch, 'sources.create', {
      kind: 'document',
      title: 'Council minutes, 12 March',
      url: 'https://example.org/minutes.pdf',
      publisher: '  ',
    });
    expect(source.publisher).toBeUndefined();
    await call(core.dispatch, 'claims.addEvidence', {
      claimId: first.id,
      sourceId: source.id,
      relation: 'supports',
      excerpt: 'approved 38.0m',
      locator: 'p. 4',
    });
    await call(core.dispatch, 'claims.setStatus', { claimId: first.id, status: 'in-progress' });
    await call(core.dispatch, 'claims.setStatus', { claimId: first.id, status: 'verified', note: 'Minutes match' });
    await call(core.dispatch, 'claims.update', { claimId: second.id, notes: 'Ask the clerk', assignee: 'Sam' });
    await core.close();

    const reopened = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const [summary] = await call(reopened.dispatch, 'articles.list', {});
    expect(summary).toMatchObject({ claimCount: 2, verifiedCount: 1, settledCount: 1 });
    const stored = await call(reopened.dispatch, 'articles.get', { id: article.id });
    expect(stored.claims.map((c) => c.id)).toEqual([first.id, second.id]);
    const [a, b] = stored.claims;
    expect(a?.status).toBe('verified');
    expect(a?.evidence).toEqual([
      expect.objectContaining({
        sourceId: source.id,
        relation: 'supports',
        excerpt: 'approved 38.0m',
        locator: 'p. 4',
        addedBy: 'Rosa Ortiz',
      }),
    ]);
    expect(a?.history.map((h) => [h.change, h.from, h.to, h.by])).toEqual([
      ['created', undefined, 'unchecked', 'Rosa Ortiz'],
      ['evidence-added', undefined, 'supports: Council minutes, 12 March', 'Rosa Ortiz'],
      ['status', 'unchecked', 'in-progress', 'Rosa Ortiz'],
      ['status', 'in-progress', 'verified', 'Rosa Ortiz'],
    ]);
    expect(a?.history.at(-1)?.note).toBe('Minutes match');
    expect(b).toMatchObject({ notes: 'Ask the clerk', assignee: 'Sam', kind: 'quote', status: 'unchecked' });
    expect(await call(reopened.dispatch, 'sources.list', {})).toHaveLength(1);
    await reopened.close();
  });

  it('removes evidence and claims, and keeps a deleted article in trash', async () => {
    const { core, dir, article } = await withArticle();
    const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 10 });
    const source = await call(core.dispatch, 'sources.create', { kind: 'web', title: 'City site' });
    const linked = await call(core.dispatch, 'claims.addEvidence', {
      claimId: claim.id,
      sourceId: source.id,
      relation: 'context',
    });
    const unlinked = await call(core.dispatch, 'claims.removeEvidence', {
      claimId: claim.id,
      evidenceId: linked.evidence[0]!.id,
    });
    expect(unlinked.evidence).toEqual([]);
    expect(unlinked.history.at(-1)).toMatchObject({ change: 'evidence-removed', from: 'context: City site' });
    await call(core.dispatch, 'claims.delete', { claimId: claim.id });
    expect((await call(core.dispatch, 'articles.get', { id: article.id })).claims).toEqual([]);
    const gone = await callRefused(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified' });
    expect(gone.code).toBe('NOT_FOUND');
    await call(core.dispatch, 'articles.delete', { id: article.id });
    expect(await call(core.dispatch, 'articles.list', {})).toEqual([]);
    const files = Object.keys(await snapshotDir(dir));
    expect(files.some((f) => f.startsWith('trash/') && f.includes(article.id))).toBe(true);
    await core.close();
  });

  it('opens the sample draft as an article', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const [sample] = await call(core.dispatch, 'samples.list', {});
    expect(sample?.title).toMatch(/Harborview/);
    expect(sample?.words).toBeGreaterThan(400);
    const article = await call(core.dispatch, 'samples.open', { id: sample!.id });
    expect(article.versions[0]?.text).toContain('4,120 of the city');
    expect(article.versions[0]?.text).not.toContain('# ');
    await core.close();
  });
});
