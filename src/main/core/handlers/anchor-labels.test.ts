import { describe, expect, it } from 'vitest';
import { ANCHOR_LABELS, describeCarried } from '../../../shared/labels';
import { call } from '../call';
import { openCore } from '../open-core';
import { TEST_RESOURCES, tempDir } from '../test-helpers';

const V1 = 'Fares rose 12 percent in May.\n\nThe mayor resigned on Friday.';
const V2 =
  'Fares rose 12 percent in May.\n\nBus routes will change next year, officials said, and schools will open later.';

describe('anchor states in reports', () => {
  it('are named as the screen names them in CSV and HTML, and kept as values in JSON', async () => {
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Fares', text: V1 });
    for (const quote of ['Fares rose 12 percent', 'The mayor resigned on Friday.']) {
      const start = V1.indexOf(quote);
      await call(core.dispatch, 'claims.create', { articleId: article.id, start, end: start + quote.length });
    }
    await call(core.dispatch, 'versions.add', { articleId: article.id, text: V2 });
    const exported = async (format: 'csv' | 'html' | 'json'): Promise<string> =>
      (await call(core.dispatch, 'reports.export', { articleId: article.id, format })).content;

    const rows = (await exported('csv')).trim().split('\r\n');
    const anchor = rows[0]!.split(',').indexOf('"Anchor"');
    expect(rows.slice(1).map((row) => row.split(',')[anchor])).toEqual(['"Unchanged"', '"Not found"']);
    expect(await exported('html')).toContain('Not found in the current version');
    const record = JSON.parse(await exported('json')) as { article: { claims: { anchorState: string }[] } };
    expect(record.article.claims.map((c) => c.anchorState)).toEqual(['current', 'orphaned']);
    await core.close();
  });

  it('describe a revision in the same words', () => {
    expect(describeCarried({ current: 3, moved: 1, edited: 0, orphaned: 2 })).toBe(
      '3 unchanged, 1 moved, 0 edited, 2 not found',
    );
    expect(Object.values(ANCHOR_LABELS)).toEqual(['Unchanged', 'Moved', 'Edited', 'Not found']);
  });
});
