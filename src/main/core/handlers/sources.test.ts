import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFields } from '../../../shared/api';
import type { Article, Claim, Source } from '../../../shared/model';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES, snapshotDir, tempDir } from '../test-helpers';
import { call, callRefused } from '../call';

const TEXT = 'Rents rose 14 percent in two years, the housing board said. Vacancies fell to 2 percent.';

async function library(): Promise<{ core: Core; dir: string; articles: Article[]; claims: Claim[] }> {
  const dir = await tempDir();
  const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const title of ['Rents', 'Housing follow-up']) {
    const article = await call(core.dispatch, 'articles.create', { title, text: TEXT });
    articles.push(article);
    claims.push(await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 34 }));
  }
  return { core, dir, articles, claims };
}

const source = (core: Core, fields: Partial<SourceFields> & { title: string }): Promise<Source> =>
  call(core.dispatch, 'sources.create', { kind: 'web', ...fields });

describe('sources', () => {
  it('merges duplicates: evidence in every article re-pointed, fields filled, duplicates kept in trash', async () => {
    const { core, dir, articles, claims } = await library();
    const keep = await source(core, { title: 'Housing board report', url: 'https://housing.example/report' });
    const dupe = await source(core, {
      title: 'Housing Board report (PDF)',
      author: 'R. Okafor',
      notes: 'Table 3 has the rents.',
      reliability: 'high',
    });
    const other = await source(core, { title: 'Census' });
    await call(core.dispatch, 'claims.addEvidence', {
      claimId: claims[0]!.id,
      sourceId: dupe.id,
      relation: 'supports',
      excerpt: '14.2%',
    });
    await call(core.dispatch, 'claims.addEvidence', { claimId: claims[1]!.id, sourceId: dupe.id, relation: 'context' });
    await call(core.dispatch, 'claims.addEvidence', {
      claimId: claims[1]!.id,
      sourceId: other.id,
      relation: 'context',
    });
    await call(core.dispatch, 'claims.setStatus', { claimId: claims[0]!.id, status: 'verified' });

    const merged = await call(core.dispatch, 'sources.merge', {
      keepId: keep.id,
      mergeIds: [dupe.id],
    });
    expect(merged.evidenceMoved).toBe(2);
    expect(merged.source).toMatchObject({
      id: keep.id,
      title: 'Housing board report',
      url: 'https://housing.example/report',
      author: 'R. Okafor',
      notes: 'Table 3 has the rents.',
      reliability: 'high',
    });
    expect((await call(core.dispatch, 'sources.list', {})).map((s) => s.id).sort()).toEqual([keep.id, other.id].sort());
    for (const article of articles) {
      const stored = await call(core.dispatch, 'articles.get', { id: article.id });
      const cited = stored.claims.flatMap((c) => c.evidence.map((e) => e.sourceId));
      expect(cited).not.toContain(dupe.id);
      expect(cited).toContain(keep.id);
      expect(stored.claims[0]!.history.at(-1)).toMatchObject({ change: 'evidence-source', to: keep.title });
    }
    // Merging is not a new finding: the verified claim stays verified.
    expect((await call(core.dispatch, 'articles.get', { id: articles[0]!.id })).claims[0]!.status).toBe('verified');
    const trash = await readdir(join(dir, 'trash'));
    expect(trash.some((name) => name.startsWith(`source-${dupe.id}.`))).toBe(true);

    expect(await call(core.dispatch, 'sources.usage', {})).toEqual({ [keep.id]: 2, [other.id]: 1 });
    const listed = await call(core.dispatch, 'articles.list', {});
    expect(listed.every((a) => !('sourceIds' in a))).toBe(true);
    const detail = await call(core.dispatch, 'sources.get', { id: keep.id });
    expect(detail.citations.map((c) => [c.articleTitle, c.relation, c.excerpt])).toEqual([
      ['Rents', 'supports', '14.2%'],
      ['Housing follow-up', 'context', undefined],
    ]);
    await core.close();
  });

  it('a merge keeps the history as it was written, and flags claims whose source now has another address', async () => {
    const { core, articles, claims } = await library();
    const keep = await source(core, { title: 'Rent survey', url: 'https://board.example/survey' });
    const dupe = await source(core, { title: 'Rent survey (copy)', url: 'https://mirror.example/survey' });
    await call(core.dispatch, 'claims.addEvidence', {
      claimId: claims[0]!.id,
      sourceId: dupe.id,
      relation: 'supports',
    });
    await call(core.dispatch, 'claims.setStatus', { claimId: claims[0]!.id, status: 'verified' });
    await call(core.dispatch, 'sources.merge', { keepId: keep.id, mergeIds: [dupe.id] });
    const claim = (await call(core.dispatch, 'articles.get', { id: articles[0]!.id })).claims[0]!;
    expect(claim.evidence[0]!.sourceId).toBe(keep.id);
    expect(claim.history.find((h) => h.change === 'evidence-added')?.evidence?.sourceId).toBe(dupe.id);
    expect(claim.status).toBe('needs-recheck');
    expect(claim.history.at(-1)?.note).toMatch(/another address/);
    await core.close();
  });

  it('keeps every field of a source, removes emptied ones, and validates the address and rating', async () => {
    const { core, dir } = await library();
    const created = await source(core, {
      title: 'Ferry timetable',
      url: 'https://ferry.example/times',
      accessedAt: '2026-11-02',
      citation: 'Harbor Ferry Co., “Winter timetable”, 2026.',
      reliability: 'medium',
    });
    expect(created).toMatchObject({ accessedAt: '2026-11-02', reliability: 'medium' });
    const edited = await call(core.dispatch, 'sources.update', { id: created.id, citation: '', reliability: '' });
    expect(edited.citation).toBeUndefined();
    expect(edited.reliability).toBeUndefined();
    expect(edited.accessedAt).toBe('2026-11-02');
    await core.store.idle();
    const before = await snapshotDir(dir);
    for (const bad of [{ url: 'file:///etc/passwd' }, { reliability: 'excellent' }, { accessedAt: 'x'.repeat(3000) }]) {
      const refused = await core.dispatch('sources.update', { id: created.id, ...bad });
      expect(refused.ok || refused.error.code).toBe('INVALID_INPUT');
    }
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });

  it('refuses bad merges and deletions of cited sources without confirmation, leaving the store byte-identical', async () => {
    const { core, dir, claims } = await library();
    const a = await source(core, { title: 'A' });
    await call(core.dispatch, 'claims.addEvidence', { claimId: claims[0]!.id, sourceId: a.id, relation: 'supports' });
    await core.store.idle();
    const before = await snapshotDir(dir);
    expect((await callRefused(core.dispatch, 'sources.merge', { keepId: a.id, mergeIds: [a.id] })).code).toBe(
      'INVALID_INPUT',
    );
    expect((await callRefused(core.dispatch, 'sources.merge', { keepId: a.id, mergeIds: ['snope'] })).code).toBe(
      'NOT_FOUND',
    );
    const cited = await callRefused(core.dispatch, 'sources.delete', { id: a.id });
    expect(cited).toMatchObject({
      code: 'SOURCE_IN_USE',
      message: expect.stringMatching(/cited by 1 piece of evidence in 1 article/),
    });
    expect((await callRefused(core.dispatch, 'sources.delete', { id: 'snope' })).code).toBe('NOT_FOUND');
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });

  it('deleting a cited source unlinks its evidence, flags settled claims for re-check and keeps the source in trash', async () => {
    const { core, dir, articles, claims } = await library();
    const a = await source(core, { title: 'Board minutes' });
    await call(core.dispatch, 'claims.addEvidence', { claimId: claims[0]!.id, sourceId: a.id, relation: 'supports' });
    await call(core.dispatch, 'claims.setStatus', { claimId: claims[0]!.id, status: 'verified' });
    await call(core.dispatch, 'claims.addEvidence', { claimId: claims[1]!.id, sourceId: a.id, relation: 'context' });
    const deleted = await call(core.dispatch, 'sources.delete', { id: a.id, force: true });
    expect(deleted.claimsFlagged).toBe(1);
    const first = (await call(core.dispatch, 'articles.get', { id: articles[0]!.id })).claims[0]!;
    expect(first).toMatchObject({ status: 'needs-recheck', evidence: [] });
    expect(first.history.at(-1)).toMatchObject({
      change: 'status',
      to: 'needs-recheck',
      note: expect.stringMatching(/Board minutes/),
    });
    const second = (await call(core.dispatch, 'articles.get', { id: articles[1]!.id })).claims[0]!;
    expect(second).toMatchObject({ status: 'unchecked', evidence: [] });
    const trashed = (await readdir(join(dir, 'trash'))).find((n) => n.startsWith(`source-${a.id}.`))!;
    expect(JSON.parse(await readFile(join(dir, 'trash', trashed), 'utf8'))).toMatchObject({ title: 'Board minutes' });
    await core.close();
  });

  it('a changed address sets the settled claims citing the source to needs-recheck; other edits do not', async () => {
    const { core, articles, claims } = await library();
    const a = await source(core, { title: 'Board site', url: 'https://board.example/2024' });
    await call(core.dispatch, 'claims.addEvidence', { claimId: claims[0]!.id, sourceId: a.id, relation: 'supports' });
    await call(core.dispatch, 'claims.setStatus', { claimId: claims[0]!.id, status: 'verified' });
    await call(core.dispatch, 'sources.update', { id: a.id, notes: 'Checked by phone.', reliability: 'medium' });
    const status = async (): Promise<string> =>
      (await call(core.dispatch, 'articles.get', { id: articles[0]!.id })).claims[0]!.status;
    expect(await status()).toBe('verified');
    const before = (await call(core.dispatch, 'articles.list', {})).find((s) => s.id === articles[0]!.id)!;
    await call(core.dispatch, 'sources.update', { id: a.id, url: 'https://board.example/2025' });
    expect(await status()).toBe('needs-recheck');
    // The article changed, so its list entry (counts, time) says so too.
    const after = (await call(core.dispatch, 'articles.list', {})).find((s) => s.id === articles[0]!.id)!;
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(after.statusCounts).toEqual({ 'needs-recheck': 1 });
    await core.close();
  });
});
