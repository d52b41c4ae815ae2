import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { openCore } from '../open-core';
import { tempDir, TEST_RESOURCES } from '../test-helpers';
import { call } from '../call';

const V1 = [
  'Senator Maria Okafor told a Senate committee on Tuesday that the agency ignored warnings.',
  'The agency spent $4.2 billion on contractors in 2008.',
].join('\n\n');
const V2 = [
  'Senator Maria Okafor told the Senate intelligence <script>x</script> committee on Tuesday that the agency ignored warnings.',
  'The agency spent $4.2 billion on contractors in 2008.',
].join('\n\n');
const QUOTE = 'Senator Maria Okafor told a Senate committee on Tuesday';

async function revisedArticle() {
  const core = await openCore({ dataDir: await tempDir(), resources: TEST_RESOURCES });
  const article = await call(core.dispatch, 'articles.create', { title: 'Testimony', text: V1 });
  await call(core.dispatch, 'claims.create', { articleId: article.id, start: 0, end: QUOTE.length });
  await call(core.dispatch, 'versions.add', { articleId: article.id, text: V2 });
  return { core, articleId: article.id };
}

describe('reports of a revised claim', () => {
  it('show in HTML the changed words, old and new, escaped', async () => {
    const { core, articleId } = await revisedArticle();
    const { content } = await call(core.dispatch, 'reports.export', { articleId, format: 'html' });
    const { document } = new JSDOM(content).window;
    const wording = document.querySelector('.claim .wording');
    expect(wording?.textContent).toBe(
      'Changed in version 2: a Senate committee → the Senate intelligence <script>x</script> committee',
    );
    expect(wording?.querySelector('del')?.textContent).toBe('a Senate committee');
    expect(document.querySelectorAll('script').length).toBe(0);
    await core.close();
  });

  it('show it in Markdown, with the user text escaped', async () => {
    const { core, articleId } = await revisedArticle();
    const { content } = await call(core.dispatch, 'reports.export', { articleId, format: 'md' });
    expect(content).toContain(
      '*Changed in version 2:* ~~a Senate committee~~ → **the Senate intelligence \\<script\\>x\\</script\\> committee**',
    );
    await core.close();
  });
});
