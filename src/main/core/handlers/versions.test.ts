import { describe, expect, it } from 'vitest';
import type { Article, Claim } from '../../../shared/model';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES, snapshotDir, tempDir } from '../test-helpers';
import { call } from '../call';

const V1 = [
  'The authority replaced 4,120 lead lines since March 2023.',
  'Crews now replace about 140 lines a month, the director said.',
  'The program is paid for by a state loan.',
  'Homeowners pay nothing for the work.',
  'The council votes on December 12.',
].join('\n\n');
const V2 = [
  'The council votes on December 12.',
  'The authority replaced 4,300 lead lines since March 2023.',
  'Crews now replace about 140 lines a month, the director said.',
  'The program is paid for by a state loan.',
].join('\n\n');

async function tagged(core: Core, article: Article, quote: string): Promise<Claim> {
  const start = article.versions[0]!.text.indexOf(quote);
  return call(core.dispatch, 'claims.create', { articleId: article.id, start, end: start + quote.length });
}

describe('versions', () => {
  it('carries claims to a new version: current, moved, edited (needs re-check) and orphaned', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Lead lines', text: V1 });
    const edited = await tagged(core, article, 'replaced 4,120 lead lines since March 2023');
    const current = await tagged(core, article, 'about 140 lines a month');
    const orphaned = await tagged(core, article, 'Homeowners pay nothing');
    const moved = await tagged(core, article, 'December 12');
    const source = await call(core.dispatch, 'sources.create', { kind: 'document', title: 'Utility report' });
    for (const claim of [edited, orphaned, current]) {
      await call(core.dispatch, 'claims.addEvidence', { claimId: claim.id, sourceId: source.id, relation: 'supports' });
      await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified' });
    }

    const { article: next, carried } = await call(core.dispatch, 'versions.add', {
      articleId: article.id,
      text: V2,
      label: 'Reporter revision',
    });
    expect(carried).toEqual({ current: 1, moved: 1, edited: 1, orphaned: 1 });
    expect(next.versions.map((v) => [v.n, v.label])).toEqual([
      [1, undefined],
      [2, 'Reporter revision'],
    ]);
    const byId = new Map(next.claims.map((c) => [c.id, c]));
    const text = next.versions[1]!.text;

    const e = byId.get(edited.id)!;
    expect(e).toMatchObject({ anchorState: 'edited', status: 'needs-recheck', anchor: { version: 2 } });
    expect(text.slice(e.anchor.start, e.anchor.end)).toBe('replaced 4,300 lead lines since March 2023');
    expect(e.anchorConfidence).toBeGreaterThan(0.5);
    expect(e.history.slice(-2).map((h) => [h.change, h.from, h.to])).toEqual([
      ['anchor', 'replaced 4,120 lead lines since March 2023', 'replaced 4,300 lead lines since March 2023'],
      ['status', 'verified', 'needs-recheck'],
    ]);

    expect(byId.get(current.id)).toMatchObject({ anchorState: 'current', status: 'verified', anchor: { version: 2 } });
    expect(byId.get(moved.id)).toMatchObject({
      anchorState: 'moved',
      status: 'unchecked',
      anchor: { version: 2, start: text.indexOf('December 12') },
    });
    const o = byId.get(orphaned.id)!;
    expect(o).toMatchObject({ anchorState: 'orphaned', status: 'needs-recheck', anchor: { version: 1 } });
    expect(next.claims.at(-1)?.id).toBe(orphaned.id);

    const start = text.indexOf('about 140 lines');
    const reattached = await call(core.dispatch, 'claims.reattach', { claimId: o.id, start, end: start + 15 });
    expect(reattached).toMatchObject({ anchorState: 'current', anchor: { version: 2, exact: 'about 140 lines' } });
    expect(reattached.history.at(-1)).toMatchObject({
      change: 'anchor',
      from: 'Homeowners pay nothing',
      to: 'about 140 lines',
    });

    const comparison = await call(core.dispatch, 'versions.compare', { articleId: article.id, from: 1, to: 2 });
    expect(comparison.stats).toMatchObject({ paragraphsMoved: 1, paragraphsRemoved: 1, paragraphsChanged: 1 });
    expect(comparison.changes.find((c) => c.numbers)?.numbers).toEqual([{ from: '4,120', to: '4,300' }]);
    await core.close();
  });

  it('refuses a bad version request with a clear error and writes nothing', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'T', text: V1 });
    const before = await snapshotDir(dir);
    const cases: [string, unknown, string, RegExp][] = [
      ['versions.add', { articleId: article.id, text: '  \n ' }, 'INVALID_INPUT', /must not be empty/],
      ['versions.add', { articleId: 'anope', text: 'x' }, 'NOT_FOUND', /no article/],
      ['versions.compare', { articleId: article.id, from: 1, to: 3 }, 'NOT_FOUND', /has no version 3/],
      ['versions.compare', { articleId: article.id, from: 0, to: 1 }, 'INVALID_INPUT', /1 or more/],
      [
        'versions.import',
        { articleId: article.id, fileName: 'v2.pdf', dataBase64: 'AAAA' },
        'UNSUPPORTED_FILE',
        /\.pdf cannot be opened/,
      ],
      ['claims.reattach', { claimId: `${article.id}-cnothing1`, start: 0, end: 3 }, 'NOT_FOUND', /no claim/],
    ];
    for (const [method, payload, code, message] of cases) {
      const result = await core.dispatch(method, payload);
      expect(result.ok, method).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).toMatch(message);
      }
    }
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });
});
