import { describe, expect, it } from 'vitest';
import { call, callRefused } from '../call';
import { openCore, type Core } from '../open-core';
import { snapshotDir, tempDir, TEST_RESOURCES } from '../test-helpers';
import { claimReview, feed } from '../past-checks/fact-check-fixtures';

const upload = (fileName: string, value: unknown) => ({
  fileName,
  dataBase64: Buffer.from(JSON.stringify(value)).toString('base64'),
});

const ARCHIVE = feed([
  claimReview(1, { claimReviewed: 'The harbour bridge toll doubled to 8 dollars in 2023.' }),
  claimReview(2, {
    claimReviewed: 'Ferry fares rose 40 percent in May, said Mayor Jane Doe.',
    author: { '@type': 'Organization', name: 'PolitiFact' },
    datePublished: '2024-03-01',
    reviewRating: { '@type': 'Rating', alternateName: 'False' },
  }),
  claimReview(3, { claimReviewed: 'Unemployment in Lakeside fell to 3 percent last winter.' }),
]);

const TEXT =
  'Ferry fares rose 40 percent in May, Mayor Jane Doe said. The harbour bridge toll doubled to 8 dollars in 2023. ' +
  'The weather was mild on Tuesday.';

async function setUp(): Promise<{ core: Core; dir: string; claims: string[]; articleId: string }> {
  const dir = await tempDir();
  const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
  await call(core.dispatch, 'pastChecks.import', upload('reviews.json', ARCHIVE));
  const article = await call(core.dispatch, 'articles.create', { title: 'Harbour', text: TEXT });
  const spans = ['Ferry fares rose 40 percent in May', 'The harbour bridge toll doubled', 'The weather was mild'];
  const claims: string[] = [];
  for (const span of spans) {
    const start = TEXT.indexOf(span);
    const end = TEXT.indexOf('.', start);
    claims.push((await call(core.dispatch, 'claims.create', { articleId: article.id, start, end })).id);
  }
  return { core, dir, claims, articleId: article.id };
}

describe('matches with past fact-checks', () => {
  it('finds the fact-check a claim repeats, with reasons; counts per claim; nothing for a new claim', async () => {
    const { core, claims, articleId } = await setUp();
    const matches = await call(core.dispatch, 'claims.pastMatches', { claimId: claims[0]! });
    expect(matches).toHaveLength(1);
    expect(matches[0]!.pastCheck).toMatchObject({
      publisher: 'PolitiFact',
      rating: { label: 'False', status: 'false' },
    });
    expect(matches[0]!.reasons.map((r) => r.kind)).toContain('numbers');
    expect(await call(core.dispatch, 'claims.pastMatches', { claimId: claims[2]! })).toEqual([]);
    expect(await call(core.dispatch, 'articles.pastMatchCounts', { articleId })).toEqual({
      [claims[0]!]: 1,
      [claims[1]!]: 1,
    });
    const sentence = await call(core.dispatch, 'pastChecks.matchText', {
      text: 'Unemployment fell to 3 percent in Lakeside.',
    });
    expect(sentence.map((m) => m.pastCheck.claim)).toEqual(['Unemployment in Lakeside fell to 3 percent last winter.']);
    await core.close();
  });

  it('a confirmed match becomes context evidence citing the fact-check, one source per address', async () => {
    const { core, claims } = await setUp();
    const [match] = await call(core.dispatch, 'claims.pastMatches', { claimId: claims[0]! });
    const claim = await call(core.dispatch, 'claims.confirmMatch', {
      claimId: claims[0]!,
      pastCheckId: match!.pastCheck.id,
      note: 'Same quote',
    });
    expect(claim.evidence).toEqual([
      expect.objectContaining({
        relation: 'context',
        excerpt: 'Rated False by PolitiFact, 2024-03-01: “Ferry fares rose 40 percent in May, said Mayor Jane Doe.”',
      }),
    ]);
    expect(claim.history.at(-1)).toMatchObject({ change: 'evidence-added', note: 'Same quote' });
    const sources = await call(core.dispatch, 'sources.list', {});
    expect(sources).toEqual([
      expect.objectContaining({
        kind: 'publication',
        title: 'PolitiFact: Ferry fares rose 40 percent in May, said Mayor Jane Doe.',
        url: 'https://factcheck.example/reviews/2',
      }),
    ]);
    // Confirming again changes nothing; the match stays listed, marked as confirmed.
    const listed = await call(core.dispatch, 'claims.pastMatches', { claimId: claims[0]! });
    expect(listed).toEqual([expect.objectContaining({ confirmed: true })]);
    const again = await call(core.dispatch, 'claims.confirmMatch', {
      claimId: claims[0]!,
      pastCheckId: match!.pastCheck.id,
    });
    expect(again.evidence).toHaveLength(1);
    expect(await call(core.dispatch, 'sources.list', {})).toHaveLength(1);
    await core.close();
  });

  it('a rejected match is never shown again for that claim, and is kept in its history', async () => {
    const { core, claims, articleId } = await setUp();
    await call(core.dispatch, 'claims.update', { claimId: claims[1]!, kind: 'statistic' });
    const [match] = await call(core.dispatch, 'claims.pastMatches', { claimId: claims[1]! });
    const claim = await call(core.dispatch, 'claims.rejectMatch', {
      claimId: claims[1]!,
      pastCheckId: match!.pastCheck.id,
    });
    expect(claim.history.at(-1)).toMatchObject({ change: 'match-rejected', to: match!.pastCheck.id });
    expect(await call(core.dispatch, 'claims.pastMatches', { claimId: claims[1]! })).toEqual([]);
    expect(Object.keys(await call(core.dispatch, 'articles.pastMatchCounts', { articleId }))).toEqual([claims[0]]);
    // Undo walks past the rejection: it changed none of the claim's fields.
    const undone = await call(core.dispatch, 'claims.undo', { claimId: claims[1]! });
    expect(undone).toMatchObject({ kind: 'other' });
    expect(undone.history.at(-1)).toMatchObject({ change: 'kind', from: 'statistic', to: 'other' });
    expect(await call(core.dispatch, 'claims.pastMatches', { claimId: claims[1]! })).toEqual([]);
    await core.close();
  });

  it("a desk claim matches another article's settled claim, never itself", async () => {
    const { core, claims } = await setUp();
    await call(core.dispatch, 'claims.update', {
      claimId: claims[2]!,
      notes: 'The weather service logged rain all day.',
    });
    await call(core.dispatch, 'claims.setStatus', { claimId: claims[2]!, status: 'false', verdict: 'Wrong' });
    expect(await call(core.dispatch, 'claims.pastMatches', { claimId: claims[2]! })).toEqual([]);
    const text = 'Last week the weather was mild on Tuesday, officials said.';
    const other = await call(core.dispatch, 'articles.create', { title: 'Weather', text });
    const start = text.indexOf('the weather');
    const repeat = await call(core.dispatch, 'claims.create', { articleId: other.id, start, end: text.indexOf(',') });
    const [match] = await call(core.dispatch, 'claims.pastMatches', { claimId: repeat.id });
    expect(match!.pastCheck).toMatchObject({ origin: 'desk', claimId: claims[2], articleTitle: 'Harbour' });
    const confirmed = await call(core.dispatch, 'claims.confirmMatch', {
      claimId: repeat.id,
      pastCheckId: match!.pastCheck.id,
    });
    expect(confirmed.evidence[0]!.excerpt).toBe(
      'Rated Wrong by this desk in “Harbour”, ' + match!.pastCheck.reviewDate + ': “The weather was mild on Tuesday”',
    );
    const [source] = await call(core.dispatch, 'sources.list', {});
    expect(source).toMatchObject({
      title: 'This desk: Harbour',
      citation: `Fact-Check Workbench article ${claims[2]!.split('-c')[0]}, claim ${claims[2]}`,
    });
    const self = await callRefused(core.dispatch, 'claims.confirmMatch', {
      claimId: claims[2]!,
      pastCheckId: `desk-${claims[2]}`,
    });
    expect(self.code).toBe('INVALID_INPUT');
    await core.close();
  });

  it('refuses unknown ids with NOT_FOUND and stores nothing', async () => {
    const { core, dir, claims } = await setUp();
    await core.close();
    const before = await snapshotDir(dir);
    const reopened = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const refusals = [
      await callRefused(reopened.dispatch, 'claims.confirmMatch', { claimId: claims[0]!, pastCheckId: 'pc-unknown' }),
      await callRefused(reopened.dispatch, 'claims.rejectMatch', {
        claimId: 'a000000000000-cnothere00',
        pastCheckId: 'pc-x',
      }),
      await callRefused(reopened.dispatch, 'claims.pastMatches', { claimId: 'a000000000000-cnothere00' }),
      await callRefused(reopened.dispatch, 'articles.pastMatchCounts', { articleId: 'a000000000000' }),
    ];
    expect(refusals.map((r) => r.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(refusals[0]!.message).toBe('There is no past fact-check pc-unknown in the archive.');
    expect((await callRefused(reopened.dispatch, 'pastChecks.matchText', { text: '  ' })).code).toBe('INVALID_INPUT');
    await reopened.close();
    const after = await snapshotDir(dir);
    const data = (files: Record<string, string>) =>
      Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith('backups')));
    expect(data(after)).toEqual(data(before));
  });
});
