import { describe, expect, it } from 'vitest';
import { openCore } from '../open-core';
import { tempDir, TEST_RESOURCES } from '../test-helpers';
import { call, callRefused } from '../call';

const V1 =
  'The ferry carried 1.2 million people in 2024, the port said. Thank you for reading.\n\nFares rose 12 percent in May.';

describe('suggestions through the API', () => {
  it('lists scored sentences, accepts one as a suggested claim and remembers a dismissal across versions', async () => {
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Ferry', text: V1 });
    const list = await call(core.dispatch, 'suggestions.list', { articleId: article.id });
    expect(list.map((s) => [s.text, s.checkworthy])).toEqual([
      ['The ferry carried 1.2 million people in 2024, the port said.', true],
      ['Thank you for reading.', false],
      ['Fares rose 12 percent in May.', true],
    ]);
    const [first, , third] = list;
    const [claim] = await call(core.dispatch, 'suggestions.accept', {
      articleId: article.id,
      version: 1,
      spans: [{ start: first!.start, end: first!.end, kind: first!.kind }],
    });
    expect(claim).toMatchObject({ origin: 'suggested', kind: 'statistic', anchor: { exact: first!.text } });
    await call(core.dispatch, 'suggestions.dismiss', {
      articleId: article.id,
      version: 1,
      start: third!.start,
      end: third!.end,
    });
    const after = await call(core.dispatch, 'suggestions.list', { articleId: article.id });
    expect(after.map((s) => [s.tagged, s.dismissed])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);

    await call(core.dispatch, 'versions.add', {
      articleId: article.id,
      text: `${V1}\n\nThe council will vote on the fares in June.`,
    });
    const v2 = await call(core.dispatch, 'suggestions.list', { articleId: article.id });
    expect(v2.find((s) => s.text === 'Fares rose 12 percent in May.')).toMatchObject({ dismissed: true, isNew: false });
    expect(v2.find((s) => s.text.startsWith('The council will vote'))).toMatchObject({
      isNew: true,
      kind: 'prediction',
    });
    const old = await callRefused(core.dispatch, 'suggestions.dismiss', {
      articleId: article.id,
      version: 1,
      start: 0,
      end: 10,
    });
    expect(old).toMatchObject({
      code: 'NOT_CURRENT_VERSION',
      message: expect.stringMatching(/version 2 is current/),
    });
    const bad = await callRefused(core.dispatch, 'suggestions.list', { articleId: article.id, version: 9 });
    expect(bad.code).toBe('NOT_FOUND');
    await core.close();
  });
});
