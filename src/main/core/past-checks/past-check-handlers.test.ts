import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreChange } from '../../../shared/events';
import { call, callRefused } from '../call';
import { openCore, type Core } from '../open-core';
import { snapshotDir, tempDir, TEST_RESOURCES } from '../test-helpers';
import { claimReview, feed } from './fact-check-fixtures';

async function fresh(dir?: string): Promise<{ core: Core; dir: string }> {
  const dataDir = dir ?? (await tempDir());
  return { core: await openCore({ dataDir, resources: TEST_RESOURCES }), dir: dataDir };
}

const upload = (fileName: string, value: unknown) => ({
  fileName,
  dataBase64: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64'),
});

/** The stored data, without the snapshots that opening a data folder may take. */
async function stored(dir: string): Promise<Record<string, string>> {
  return Object.fromEntries(Object.entries(await snapshotDir(dir)).filter(([path]) => !path.startsWith('backups')));
}

describe('the archive of past fact-checks', () => {
  it('imports a feed with bad items: the good ones are stored, the bad listed; a second import adds only new ones', async () => {
    const { core, dir } = await fresh();
    const reviews: unknown[] = Array.from({ length: 20 }, (_, i) => claimReview(i + 1));
    reviews[3] = claimReview(4, { reviewRating: undefined });
    reviews[11] = 17;
    const events: CoreChange[] = [];
    core.changes.subscribe((change) => events.push(change));
    const summary = await call(core.dispatch, 'pastChecks.import', upload('feed.json', feed(reviews)));
    expect(summary).toMatchObject({ fileName: 'feed.json', read: 18, added: 18, duplicates: 0 });
    expect(summary.problems.map((p) => p.item)).toEqual([4, 12]);
    expect(events.map((e) => e.kind)).toEqual(['past-checks']);

    const again = feed([
      claimReview(1),
      claimReview(1),
      claimReview(2, { url: 'http://WWW.factcheck.example/reviews/2/' }),
      claimReview(21),
    ]);
    expect(await call(core.dispatch, 'pastChecks.import', upload('again.json', again))).toMatchObject({
      read: 4,
      added: 1,
      duplicates: 3,
    });
    await core.close();

    // Stored durably in its own file, read back by the next process.
    const file = JSON.parse(await readFile(join(dir, 'past-checks.json'), 'utf8')) as { items: unknown[] };
    expect(file.items).toHaveLength(19);
    const reopened = (await fresh(dir)).core;
    const page = await call(reopened.dispatch, 'pastChecks.list', { limit: 5 });
    expect(page.total).toBe(19);
    expect(page.items).toHaveLength(5);
    expect(page.items[0]).toMatchObject({
      origin: 'imported',
      publisher: 'Harbour Checks',
      rating: { label: 'Mostly false', status: 'false', mappedBy: 'label' },
    });
    await reopened.close();
  });

  it('previews without storing anything, and refuses a file with no good item, storing nothing', async () => {
    const { core, dir } = await fresh();
    const before = await stored(dir);
    const preview = await call(core.dispatch, 'pastChecks.preview', upload('one.json', claimReview(1)));
    expect(preview).toMatchObject({ read: 1, added: 1, sample: [{ claim: 'Ferry fares rose 1 percent in May.' }] });
    const broken = await callRefused(core.dispatch, 'pastChecks.import', upload('cut.json', '{"@type":"ClaimReview",'));
    expect(broken.code).toBe('CORRUPT_FILE');
    const allBad = await callRefused(
      core.dispatch,
      'pastChecks.import',
      upload('bad.json', [claimReview(1, { claimReviewed: '' })]),
    );
    expect(allBad).toMatchObject({ code: 'CORRUPT_FILE', issues: [{ path: 'item 1' }] });
    expect(allBad.message).toMatch(
      /^No fact-check in bad\.json could be read, so nothing was imported\. Item 1 was left out: it has no claim text/,
    );
    const none = await callRefused(core.dispatch, 'pastChecks.import', upload('page.json', { '@type': 'WebPage' }));
    expect(none.code).toBe('UNSUPPORTED_FILE');
    const notBase64 = await callRefused(core.dispatch, 'pastChecks.import', { fileName: 'x.json', dataBase64: '%%%' });
    expect(notBase64.code).toBe('INVALID_INPUT');
    expect(await stored(dir)).toEqual(before);
    await core.close();
  });

  it('searches by words, publisher, status, rating label and date range', async () => {
    const { core } = await fresh();
    await call(
      core.dispatch,
      'pastChecks.import',
      upload('a.json', [
        claimReview(1, { claimReviewed: 'Bridge tolls doubled last year.', datePublished: '2023-11-02' }),
        claimReview(2, { author: { name: 'Other Desk' }, reviewRating: { alternateName: 'True' } }),
        claimReview(3, { reviewRating: { alternateName: 'Satire' }, datePublished: '2024-05-01' }),
      ]),
    );
    const ids = async (query: object) =>
      (await call(core.dispatch, 'pastChecks.list', query)).items.map((i) => i.url!.slice(-1));
    expect(await ids({ text: 'TOLLS bridge' })).toEqual(['1']);
    expect(await ids({ publisher: 'other desk' })).toEqual(['2']);
    expect(await ids({ status: 'unverifiable' })).toEqual(['3']);
    expect(await ids({ rating: 'mostly FALSE' })).toEqual(['1']);
    expect(await ids({ from: '2024-03', to: '2024-04-30' })).toEqual(['2']);
    expect(await ids({ from: '2024' })).toEqual(['3', '2']);
    expect((await call(core.dispatch, 'pastChecks.list', {})).publishers).toEqual(['Harbour Checks', 'Other Desk']);
    await core.close();
  });

  it('lists the desk’s settled claims with their verdict and notes, read from the library as they are now', async () => {
    const { core } = await fresh();
    await call(core.dispatch, 'settings.update', { claimReview: { organizationName: 'Our Desk' } });
    const article = await call(core.dispatch, 'articles.create', {
      title: 'Ferry fares',
      text: 'Fares went up 12 percent in May. The agency blamed fuel.',
    });
    const claim = await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: 32 });
    await call(core.dispatch, 'claims.create', { articleId: article.id, start: 33, end: 56 });
    await call(core.dispatch, 'claims.update', { claimId: claim.id, notes: 'The fare table says 9 percent.' });
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'false', verdict: 'Exaggerated' });
    const page = await call(core.dispatch, 'pastChecks.list', { origin: 'desk' });
    expect(page.items).toEqual([
      expect.objectContaining({
        id: `desk-${claim.id}`,
        origin: 'desk',
        claim: 'Fares went up 12 percent in May.',
        publisher: 'Our Desk',
        rating: { label: 'Exaggerated', status: 'false', mappedBy: 'desk' },
        articleId: article.id,
        articleTitle: 'Ferry fares',
        notes: 'The fare table says 9 percent.',
      }),
    ]);
    // Not copied: a new verdict shows at once, and an unsettled claim leaves the archive.
    await call(core.dispatch, 'claims.setStatus', { claimId: claim.id, status: 'in-progress' });
    expect((await call(core.dispatch, 'pastChecks.list', { origin: 'desk' })).total).toBe(0);
    const refused = await callRefused(core.dispatch, 'pastChecks.delete', { ids: [`desk-${claim.id}`] });
    expect(refused.code).toBe('INVALID_INPUT');
    await core.close();
  });

  it('deletes imported items, refusing an unknown id without deleting any', async () => {
    const { core, dir } = await fresh();
    await call(core.dispatch, 'pastChecks.import', upload('a.json', [claimReview(1), claimReview(2)]));
    const [first] = (await call(core.dispatch, 'pastChecks.list', {})).items;
    const before = await stored(dir);
    expect((await callRefused(core.dispatch, 'pastChecks.delete', { ids: [first!.id, 'pc-nothing'] })).code).toBe(
      'NOT_FOUND',
    );
    expect(await stored(dir)).toEqual(before);
    expect(await call(core.dispatch, 'pastChecks.delete', { ids: [first!.id] })).toEqual({ deleted: 1 });
    expect((await callRefused(core.dispatch, 'pastChecks.get', { id: first!.id })).code).toBe('NOT_FOUND');
    expect((await call(core.dispatch, 'pastChecks.list', {})).total).toBe(1);
    await core.close();
  });

  it('maps ratings as the editor says, lists labels no entry maps, and keeps the mapping across restarts', async () => {
    const { core, dir } = await fresh();
    await call(
      core.dispatch,
      'pastChecks.import',
      upload('a.json', [
        claimReview(1, { reviewRating: { alternateName: 'Zany' } }),
        claimReview(2, { reviewRating: { alternateName: 'zany' } }),
        claimReview(3, { reviewRating: { alternateName: 'Satire' } }),
        claimReview(4, { reviewRating: { alternateName: 'B+', ratingValue: 4 } }),
      ]),
    );
    const mapping = await call(core.dispatch, 'pastChecks.mapping', {});
    expect(mapping.unmapped).toEqual([{ label: 'Zany', count: 2 }]);
    expect(mapping.entries).toContainEqual({ label: 'Pants on fire', status: 'false', builtIn: true });
    const changed = await call(core.dispatch, 'pastChecks.updateMapping', {
      set: [
        { label: 'Zany', status: 'false' },
        { label: 'Satire', status: 'false' },
      ],
    });
    expect(changed.unmapped).toEqual([]);
    await core.close();
    const reopened = (await fresh(dir)).core;
    const statuses = (await call(reopened.dispatch, 'pastChecks.list', {})).items.map((i) => i.rating.status);
    expect(statuses.sort()).toEqual(['false', 'false', 'false', 'verified']);
    await reopened.close();
  });

  it('is in every backup, and a restore brings the archive back as it was', async () => {
    const { core } = await fresh();
    await call(core.dispatch, 'pastChecks.import', upload('a.json', [claimReview(1)]));
    const backup = await call(core.dispatch, 'backups.create', {});
    await call(core.dispatch, 'pastChecks.import', upload('b.json', [claimReview(2)]));
    expect((await call(core.dispatch, 'pastChecks.list', {})).total).toBe(2);
    await call(core.dispatch, 'backups.restore', { id: backup.id });
    expect((await call(core.dispatch, 'pastChecks.list', {})).total).toBe(1);
    await core.close();
  });

  it('reads but never writes a folder opened read-only', async () => {
    const { core, dir } = await fresh();
    await call(core.dispatch, 'pastChecks.import', upload('a.json', [claimReview(1)]));
    await core.close();
    const before = await stored(dir);
    const reader = await openCore({ dataDir: dir, resources: TEST_RESOURCES, lock: false });
    expect((await call(reader.dispatch, 'pastChecks.list', {})).total).toBe(1);
    const refused = await callRefused(reader.dispatch, 'pastChecks.import', upload('b.json', [claimReview(2)]));
    expect(refused.code).toBe('READ_ONLY');
    expect((await callRefused(reader.dispatch, 'pastChecks.updateMapping', { fallback: 'false' })).code).toBe(
      'READ_ONLY',
    );
    await reader.close();
    expect(await stored(dir)).toEqual(before);
  });

  it('moves a damaged archive file aside and starts empty, leaving the library alone', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'past-checks.json'), '{"schemaVersion":1,"items":7}');
    const { core } = await fresh(dir);
    const refused = await callRefused(core.dispatch, 'pastChecks.list', {});
    expect(refused.code).toBe('CORRUPT_FILE');
    expect((await call(core.dispatch, 'pastChecks.list', {})).total).toBe(0);
    expect(await call(core.dispatch, 'articles.list', {})).toEqual([]);
    await core.close();
  });
});
