import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '../../../shared/api';
import { openCore } from '../open-core';
import { TEST_RESOURCES, tempDir } from '../test-helpers';
import { call, callRefused } from '../call';

const TEXT = 'Ferry fares rose 12 percent, the port authority said.\n\nThe new terminal opens in May.';

describe('library search', () => {
  it('finds articles, claims and sources; ranks titles above notes; needs every word; ignores case and accents', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const ferry = await call(core.dispatch, 'articles.create', { title: 'Ferry fares', text: TEXT });
    const port = await call(core.dispatch, 'articles.create', { title: 'Port budget', text: TEXT });
    const claim = await call(core.dispatch, 'claims.create', { articleId: port.id, start: 0, end: 28 });
    await call(core.dispatch, 'claims.update', {
      claimId: claim.id,
      notes: 'Compare with the Peña report on ferries.',
    });
    const source = await call(core.dispatch, 'sources.create', {
      kind: 'document',
      title: 'Peña report',
      notes: 'Ferry chapter',
    });
    const search = (query: string): Promise<SearchResult[]> => call(core.dispatch, 'search.query', { query });

    const fares = await search('FARES');
    expect(fares[0]).toMatchObject({ type: 'article', id: ferry.id });
    expect(fares.map((r) => r.type)).toContain('claim');

    const pena = await search('pena');
    expect(pena.map((r) => [r.type, r.id])).toEqual([
      ['source', source.id],
      ['claim', claim.id],
    ]);
    expect(pena[1]).toMatchObject({
      articleId: port.id,
      context: 'Port budget',
      snippet: expect.stringContaining('Peña report'),
    });

    expect(await search('ferry budget')).toEqual([]);
    expect((await search('port budget'))[0]).toMatchObject({ type: 'article', id: port.id });
    expect(await search('   ')).toEqual([]);

    // The index follows changes: a new note is found, an old one no longer.
    await call(core.dispatch, 'claims.update', { claimId: claim.id, notes: 'Call the harbourmaster.' });
    expect((await search('harbourmaster')).map((r) => r.id)).toEqual([claim.id]);
    expect((await search('pena')).map((r) => r.id)).toEqual([source.id]);
    await core.close();
  });

  it('skips an article whose file is damaged, and still finds everything else', async () => {
    const dir = await tempDir();
    const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const good = await call(core.dispatch, 'articles.create', { title: 'Ferry fares', text: TEXT });
    const bad = await call(core.dispatch, 'articles.create', { title: 'Ferry budget', text: TEXT });
    await core.close();
    await writeFile(join(dir, 'articles', `${bad.id}.json`), '{"schemaVersion": 1, "article": {');
    // Older than the list, so that the start-up check leaves it alone and only a search meets it.
    await utimes(join(dir, 'articles', `${bad.id}.json`), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const reopened = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
    const silenced = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (let i = 0; i < 2; i++) {
      const found = await call(reopened.dispatch, 'search.query', { query: 'ferry' });
      expect(found.map((r) => r.id)).toContain(good.id);
    }
    expect(silenced).toHaveBeenCalled();
    silenced.mockRestore();
    // Searching only looks: the damaged file stays where it is until the article is opened.
    expect(await readFile(join(dir, 'articles', `${bad.id}.json`), 'utf8')).toBe('{"schemaVersion": 1, "article": {');
    const opened = await callRefused(reopened.dispatch, 'articles.get', { id: bad.id });
    expect(opened.code).toBe('CORRUPT_FILE');
    expect((await readdir(join(dir, 'articles'))).some((name) => name.startsWith(`${bad.id}.json.damaged-`))).toBe(
      true,
    );
    await reopened.close();
  });
});
