import { describe, expect, it } from 'vitest';
import { call, callRefused } from '../call';
import { openCore } from '../open-core';
import { TEST_RESOURCES, snapshotDir, tempDir } from '../test-helpers';

describe('the article trash', () => {
  it('lists deleted articles and restores one as it was; refuses what is not there', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const kept = await call(core.dispatch, 'articles.create', { title: 'Kept', text: 'Rents rose 14 percent.' });
    const gone = await call(core.dispatch, 'articles.create', { title: 'Gone', text: 'Vacancies fell.' });
    await call(core.dispatch, 'claims.create', { articleId: gone.id, start: 0, end: 9 });
    const before = await call(core.dispatch, 'articles.get', { id: gone.id });
    await call(core.dispatch, 'articles.delete', { id: gone.id });
    expect(await call(core.dispatch, 'articles.trash', {})).toEqual([
      { id: gone.id, title: 'Gone', deletedAt: expect.any(String) },
    ]);
    expect((await callRefused(core.dispatch, 'articles.restore', { id: kept.id })).code).toBe('ALREADY_EXISTS');
    const untouched = await snapshotDir(dir);
    expect((await callRefused(core.dispatch, 'articles.restore', { id: 'a0000nothere' })).code).toBe('NOT_FOUND');
    expect(await snapshotDir(dir)).toEqual(untouched);
    expect(await call(core.dispatch, 'articles.restore', { id: gone.id })).toEqual(before);
    expect((await call(core.dispatch, 'articles.list', {})).map((a) => a.id).sort()).toEqual([kept.id, gone.id].sort());
    expect(await call(core.dispatch, 'articles.trash', {})).toEqual([]);
    await core.close();
  });
});
