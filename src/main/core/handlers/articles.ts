import { AppError } from '../app-error';
import { newArticle, versionExtras } from '../domain/new-article';
import { parseArticleRecord } from '../domain/report/article-record';
import { withoutHeadline } from '../import/headline';
import { readUpload } from './upload';
import type { CoreContext, Handlers } from './context';

type ArticleHandlers = Pick<
  Handlers,
  | 'articles.list'
  | 'articles.create'
  | 'articles.import'
  | 'articles.get'
  | 'articles.importRecord'
  | 'articles.rename'
  | 'articles.delete'
>;

export function articleHandlers(context: CoreContext): ArticleHandlers {
  const { store, now } = context;
  return {
    // Without the cited source ids: the list is fetched after every change, and at 1,000 articles those
    // ids were most of its megabyte. `sources.usage` answers what the UI wanted them for.
    'articles.list': async () =>
      store
        .listArticles()
        .map(({ sourceIds: _cited, ...summary }) => summary)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),

    'articles.create': async ({ title, text, desk }) => {
      const article = newArticle(
        desk ? { title, text, desk, format: 'paste' } : { title, text, format: 'paste' },
        now(),
      );
      if (article.versions[0]!.text.length === 0) throw new AppError('INVALID_INPUT', 'The draft is empty.');
      return store.createArticle(article);
    },

    'articles.import': async ({ fileName, dataBase64, title, options }) => {
      const draft = await readUpload(context, { fileName, dataBase64, options });
      return store.createArticle(
        newArticle(
          {
            title: title ?? draft.title,
            // The headline is the article's title; repeated as the first paragraph, it would be checked twice.
            text: withoutHeadline(draft.text, draft.title),
            format: draft.format,
            fileName,
            extras: versionExtras(draft),
          },
          now(),
        ),
      );
    },

    'articles.get': async ({ id }) => store.getArticle(id),

    'articles.importRecord': async ({ json }) => {
      const { article, sources } = parseArticleRecord(json);
      if (store.listArticles().some((a) => a.id === article.id)) {
        throw new AppError('ALREADY_EXISTS', `“${article.title}” is already in this library (article ${article.id}).`);
      }
      const known = new Set(store.listSources().map((s) => s.id));
      const missing = sources.filter((s) => !known.has(s.id));
      if (missing.length) await store.updateLibrary((library) => void library.sources.push(...missing), 'the sources');
      return store.createArticle(article);
    },

    'articles.rename': async ({ id, title }) =>
      store.updateArticle(
        id,
        (article) => {
          article.title = title;
          article.updatedAt = now();
          return article;
        },
        'the new title',
      ),

    'articles.delete': async ({ id }) => {
      await store.deleteArticle(id);
      return { id };
    },
  };
}
