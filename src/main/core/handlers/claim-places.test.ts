import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES, tempDir } from '../test-helpers';
import { call, callRefused } from '../call';

const V1 = [
  'Senator Okafor told a Senate committee on Tuesday that the agency ignored warnings.',
  'The agency spent $4.2 billion on contractors in 2008.',
  'A spokesman declined to comment.',
].join('\n\n');
const V2 = [
  'The agency spent $4.2 billion on contractors in 2008.',
  'Senator Okafor told the Senate intelligence committee on Tuesday that the agency ignored warnings.',
  'Earlier this year, the agency replaced its procurement chief.',
].join('\n\n');
const V3 = `${V2}\n\nThe committee votes next month.`;

async function tag(core: Core, article: Article, text: string, quote: string): Promise<string> {
  const start = text.indexOf(quote);
  return (await call(core.dispatch, 'claims.create', { articleId: article.id, start, end: start + quote.length })).id;
}

describe('claims in an earlier version', () => {
  it('stand where they stood then: moved, reworded, not found later; a later claim only where its words were', async () => {
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Testimony', text: V1 });
    const testimony = await tag(core, article, V1, 'Senator Okafor told a Senate committee on Tuesday');
    const figure = await tag(core, article, V1, '$4.2 billion');
    const spokesman = await tag(core, article, V1, 'A spokesman declined to comment');
    await call(core.dispatch, 'versions.add', { articleId: article.id, text: V2 });
    const year = await tag(core, article, V2, 'in 2008');
    const chief = await tag(core, article, V2, 'replaced its procurement chief');
    await call(core.dispatch, 'versions.add', { articleId: article.id, text: V3 });

    const words = async (version: number, text: string): Promise<Record<string, string>> => {
      const places = await call(core.dispatch, 'versions.claimPlaces', { articleId: article.id, version });
      return Object.fromEntries(places.map((p) => [p.claimId, text.slice(p.start, p.end)]));
    };
    expect(await words(1, V1)).toEqual({
      [testimony]: 'Senator Okafor told a Senate committee on Tuesday',
      [figure]: '$4.2 billion',
      [year]: 'in 2008',
      [spokesman]: 'A spokesman declined to comment',
    });
    expect(await words(2, V2)).toEqual({
      [figure]: '$4.2 billion',
      [year]: 'in 2008',
      [testimony]: 'Senator Okafor told the Senate intelligence committee on Tuesday',
      [chief]: 'replaced its procurement chief',
    });
    await core.close();
  });

  it('refuses a version the article does not have', async () => {
    const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
    const article = await call(core.dispatch, 'articles.create', { title: 'Testimony', text: V1 });
    const refusal = await callRefused(core.dispatch, 'versions.claimPlaces', { articleId: article.id, version: 2 });
    expect(refusal).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/has no version 2/) });
    await core.close();
  });
});
