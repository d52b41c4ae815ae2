import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SampleInfo } from '../../../shared/model';
import { AppError } from '../app-error';
import { newArticle } from '../domain/new-article';
import { countWords } from '../../../shared/text-shape';
import { markdownToText } from '../import/markdown-to-text';
import type { CoreContext, Handlers } from './context';

type SampleHandlers = Pick<Handlers, 'samples.list' | 'samples.open'>;

/** Sample drafts are Markdown files in resources/samples, written for this project. */
export function sampleHandlers({ store, now, samplesDir }: CoreContext): SampleHandlers {
  async function readSample(id: string): Promise<{ info: SampleInfo; text: string }> {
    let markdown: string;
    try {
      markdown = await readFile(join(samplesDir, `${id}.md`), 'utf8');
    } catch {
      throw new AppError('NOT_FOUND', `There is no sample draft called ${id}.`);
    }
    const { text, title } = markdownToText(markdown, `${id}.md`);
    return { info: { id, title: title ?? id, words: countWords(text) }, text };
  }

  return {
    'samples.list': async () => {
      const names = await readdir(samplesDir).catch(() => [] as string[]);
      const ids = names
        .filter((n) => n.endsWith('.md'))
        .map((n) => n.slice(0, -3))
        .sort();
      return Promise.all(ids.map(async (id) => (await readSample(id)).info));
    },
    'samples.open': async ({ id }) => {
      const { info, text } = await readSample(id);
      return store.createArticle(
        newArticle({ title: info.title, text, format: 'sample', fileName: `${id}.md` }, now()),
      );
    },
  };
}
