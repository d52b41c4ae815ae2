import { describe, expect, it } from 'vitest';
import { call } from '../call';
import { openCore, type Core } from '../open-core';
import { TEST_RESOURCES, tempDir } from '../test-helpers';
import { headlineOf } from './headline';

const BODY = 'Fares went up 12 percent in May.\n\nThe agency blamed fuel.';

const upload = (fileName: string, text: string) => ({ fileName, dataBase64: Buffer.from(text).toString('base64') });

async function core(): Promise<Core> {
  return openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
}

describe('the headline of an imported draft', () => {
  it('is the title, not a first paragraph, for every format that has one', async () => {
    const c = await core();
    const files = [
      upload('fares.txt', `Ferry fares rise\n\n${BODY}`),
      upload('fares.md', `# Ferry fares rise\n\n${BODY}`),
      upload(
        'fares.html',
        `<html><body><h1>Ferry fares rise</h1><p>Fares went up 12 percent in May.</p><p>The agency blamed fuel.</p></body></html>`,
      ),
    ];
    for (const file of files) {
      const article = await call(c.dispatch, 'articles.import', file);
      expect(article.title, file.fileName).toBe('Ferry fares rise');
      expect(article.versions[0]!.text, file.fileName).toBe(BODY);
    }
    await c.close();
  });

  it('stays in the text when it reads as a sentence, or when the editor pasted it', async () => {
    const c = await core();
    const sentence = await call(
      c.dispatch,
      'articles.import',
      upload('a.txt', `The mayor resigned on Friday.\n\n${BODY}`),
    );
    expect(sentence.versions[0]!.text).toBe(`The mayor resigned on Friday.\n\n${BODY}`);
    const pasted = await call(c.dispatch, 'articles.create', {
      title: 'Ferry fares rise',
      text: `Ferry fares rise\n\n${BODY}`,
    });
    expect(pasted.versions[0]!.text).toBe(`Ferry fares rise\n\n${BODY}`);
    await c.close();
  });

  it('is dropped from a new version too, unless the article’s text starts with it', async () => {
    const c = await core();
    const file = upload('fares-v2.md', `# Ferry fares rise\n\n${BODY}\n\nRiders protested.`);
    const imported = await call(c.dispatch, 'articles.import', upload('fares.md', `# Ferry fares rise\n\n${BODY}`));
    const next = await call(c.dispatch, 'versions.import', { articleId: imported.id, ...file });
    expect(next.article.versions[1]!.text).toBe(`${BODY}\n\nRiders protested.`);

    const older = await call(c.dispatch, 'articles.create', {
      title: 'Ferry fares rise',
      text: `Ferry fares rise\n\n${BODY}`,
    });
    const kept = await call(c.dispatch, 'versions.import', { articleId: older.id, ...file });
    expect(kept.article.versions[1]!.text).toBe(`Ferry fares rise\n\n${BODY}\n\nRiders protested.`);
    expect(kept.carried).toEqual({ current: 0, moved: 0, edited: 0, orphaned: 0 });
    await c.close();
  });

  it('is only a first paragraph of one line that equals the title', () => {
    expect(headlineOf('Fares rise\n\nBody.', 'Fares  rise')).toBe('Fares rise');
    expect(headlineOf('Fares rise\nsub\n\nBody.', 'Fares rise')).toBeNull();
    expect(headlineOf('Fares rise', 'Fares rise')).toBeNull();
    expect(headlineOf('Other\n\nBody.', 'Fares rise')).toBeNull();
  });
});
