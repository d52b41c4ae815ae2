import { describe, expect, it } from 'vitest';
import { describeHistory } from '../../../shared/labels';
import type { Article } from '../../../shared/model';
import { call, callRefused } from '../call';
import { openCore, type Core } from '../open-core';
import { snapshotDir, TEST_RESOURCES, tempDir } from '../test-helpers';

const SHORT = 'Crime fell 12 percent last year, the mayor said.';
const LONG =
  'The authority replaced 4,120 of the estimated 9,800 lead service lines since March 2023, the director said, and it expects to finish the remaining lines two years ahead of the schedule.';
const TEXT = `${SHORT}\n\n${LONG}`;

async function checkedArticle(): Promise<{ core: Core; dir: string; article: Article; ids: string[] }> {
  const dir = await tempDir();
  const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
  const article = await call(core.dispatch, 'articles.create', { title: 'Claims', text: TEXT });
  const source = await call(core.dispatch, 'sources.create', { kind: 'document', title: 'Police statistics' });
  const ids: string[] = [];
  for (const quote of [SHORT, LONG]) {
    const start = TEXT.indexOf(quote);
    const claim = await call(core.dispatch, 'claims.create', {
      articleId: article.id,
      start,
      end: start + quote.length,
    });
    await call(core.dispatch, 'claims.addEvidence', { claimId: claim.id, sourceId: source.id, relation: 'supports' });
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'verified' });
    ids.push(claim.id);
  }
  await call(core.dispatch, 'settings.update', {
    claimReview: { organizationName: 'Harbor Desk', url: 'https://desk.example/checks/crime' },
  });
  return { core, dir, article, ids };
}

describe('how a claim was made', () => {
  it('is kept on the claim, in its history, and undone like any other change', async () => {
    const { core, ids } = await checkedArticle();
    const claimId = ids[0]!;
    const updated = await call(core.dispatch, 'claims.update', {
      claimId,
      claimant: { name: 'Mayor Ana Ruiz', type: 'person' },
      appearance: { url: 'https://news.example/speech', publication: 'City Hall briefing', date: '2024-03-02' },
      madeAt: '2024-03-01',
    });
    expect(updated).toMatchObject({
      claimant: { name: 'Mayor Ana Ruiz', type: 'person' },
      appearance: { url: 'https://news.example/speech', publication: 'City Hall briefing', date: '2024-03-02' },
      madeAt: '2024-03-01',
    });
    expect(updated.history.slice(-3).map(describeHistory)).toEqual([
      'Made by: Mayor Ana Ruiz (person)',
      'Appeared in: City Hall briefing, https://news.example/speech, 2024-03-02',
      'Made on: 2024-03-01',
    ]);
    await call(core.dispatch, 'claims.undo', { claimId });
    const undone = await call(core.dispatch, 'claims.undo', { claimId });
    expect(undone.madeAt).toBeUndefined();
    expect(undone.appearance).toBeUndefined();
    expect(undone.claimant).toEqual({ name: 'Mayor Ana Ruiz', type: 'person' });
    const removed = await call(core.dispatch, 'claims.update', { claimId, claimant: { name: '', type: 'person' } });
    expect(removed.claimant).toBeUndefined();
    await core.close();
  });

  it('refuses a date or an address that is not one, changing nothing', async () => {
    const { core, dir, ids } = await checkedArticle();
    const before = await snapshotDir(dir);
    for (const change of [
      { madeAt: '1 March 2024' },
      { madeAt: '2024-02-30' },
      { appearance: { url: 'javascript:alert(1)' } },
      { claimant: { name: 'X', type: 'robot' } },
    ]) {
      const refused = await callRefused(core.dispatch, 'claims.update', { claimId: ids[0]!, ...change } as never);
      expect(refused.code, JSON.stringify(change)).toBe('INVALID_INPUT');
    }
    expect(await snapshotDir(dir)).toEqual(before);
    await core.close();
  });

  it('is what ClaimReview’s itemReviewed says; a claim over 150 characters is cut at a word, and said to be', async () => {
    const { core, article, ids } = await checkedArticle();
    await call(core.dispatch, 'claims.update', {
      claimId: ids[0]!,
      claimant: { name: 'Mayor Ana Ruiz', type: 'person' },
      appearance: { url: 'https://news.example/speech', date: '2024-03-02' },
      madeAt: '2024-03-01',
    });
    await call(core.dispatch, 'claims.update', {
      claimId: ids[1]!,
      claimant: { name: 'Harborview Water Authority', type: 'organization' },
      appearance: { publication: 'Harborview Gazette' },
    });
    const { content } = await call(core.dispatch, 'reports.export', { articleId: article.id, format: 'claimreview' });
    const [short, long] = JSON.parse(content) as Record<string, unknown>[];
    expect(short!.claimReviewed).toBe(SHORT);
    expect(short!.description).toBeUndefined();
    expect(short!.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Mayor Ana Ruiz' },
      datePublished: '2024-03-01',
      appearance: { '@type': 'CreativeWork', url: 'https://news.example/speech', datePublished: '2024-03-02' },
    });
    expect(long!.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Harborview Water Authority' },
      appearance: { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: 'Harborview Gazette' } },
    });
    const cut = long!.claimReviewed as string;
    expect(cut.length).toBeLessThanOrEqual(150);
    expect(cut).toMatch(/ [a-z]+…$/);
    expect(LONG.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long!.description).toBe(`The claim reviewed is shortened, cut at a word; in full: “${LONG}”`);
    await core.close();
  });

  it('goes out and comes back with the JSON record', async () => {
    const { core, article, ids } = await checkedArticle();
    await call(core.dispatch, 'claims.update', {
      claimId: ids[0]!,
      claimant: { name: 'Mayor Ana Ruiz', type: 'person' },
      appearance: { url: 'https://news.example/speech', publication: 'Briefing', date: '2024-03' },
      madeAt: '2024',
    });
    const stored = await call(core.dispatch, 'articles.get', { id: article.id });
    const { content } = await call(core.dispatch, 'reports.export', { articleId: article.id, format: 'json' });
    await core.close();
    const other = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    expect(await call(other.dispatch, 'articles.importRecord', { json: content })).toEqual(stored);
    const tampered = JSON.parse(content) as { article: Article };
    tampered.article.claims[0]!.appearance = { url: 'file:///etc/passwd' };
    await other.close();
    const third = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const refused = await callRefused(third.dispatch, 'articles.importRecord', { json: JSON.stringify(tampered) });
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/not a web address/) });
    await third.close();
  });
});
