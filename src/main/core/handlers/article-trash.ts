import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { TrashedArticle } from '../../../shared/api';
import type { Article } from '../../../shared/model';
import { AppError } from '../app-error';
import { ARTICLE_SCHEMA_VERSION, articleFileSchema, type ArticleFile } from '../store/file-schemas';
import { articleMigrations } from '../store/migrations';
import { ValidatedJsonFile } from '../store/validated-json-file';
import type { CoreContext, Handlers } from './context';

type TrashHandlers = Pick<Handlers, 'articles.trash' | 'articles.restore'>;

/** `trash/<id>.<milliseconds>.json`: an article file moved there when the article was deleted. */
const TRASHED_ARTICLE = /^(a[0-9a-z]+)\.(\d+)\.json$/;

interface TrashEntry {
  id: string;
  file: string;
  deletedAt: number;
}

/** The newest trash file of each article that is not in the library (again). */
async function trashEntries(context: CoreContext): Promise<TrashEntry[]> {
  const names = await readdir(join(context.store.dir, 'trash')).catch(() => [] as string[]);
  const listed = new Set(context.store.listArticles().map((a) => a.id));
  const newest = new Map<string, TrashEntry>();
  for (const name of names) {
    const match = TRASHED_ARTICLE.exec(name);
    if (!match || listed.has(match[1]!)) continue;
    const entry = { id: match[1]!, file: name, deletedAt: Number(match[2]) };
    if ((newest.get(entry.id)?.deletedAt ?? -1) < entry.deletedAt) newest.set(entry.id, entry);
  }
  return [...newest.values()].sort((a, b) => b.deletedAt - a.deletedAt);
}

/** Reads a trashed article as an article file is read: checked, and upgraded if an older app wrote it. */
async function readTrashed(context: CoreContext, entry: TrashEntry): Promise<Article | undefined> {
  const file = new ValidatedJsonFile<ArticleFile>(join(context.store.dir, 'trash', entry.file), {
    label: `The deleted article ${entry.id}`,
    schema: articleFileSchema,
    migrations: articleMigrations,
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    backupDir: join(context.store.dir, 'backups', 'pre-migration'),
  });
  return (await file.read('look').catch(() => null))?.article;
}

export function articleTrashHandlers(context: CoreContext): TrashHandlers {
  return {
    'articles.trash': async () => {
      const out: TrashedArticle[] = [];
      for (const entry of await trashEntries(context)) {
        const article = await readTrashed(context, entry);
        if (article)
          out.push({ id: entry.id, title: article.title, deletedAt: new Date(entry.deletedAt).toISOString() });
      }
      return out;
    },

    'articles.restore': async ({ id }) => {
      if (context.store.listArticles().some((a) => a.id === id))
        throw new AppError('ALREADY_EXISTS', `Article ${id} is in the library, not in the trash.`);
      const entry = (await trashEntries(context)).find((e) => e.id === id);
      const article = entry && (await readTrashed(context, entry));
      if (!article) throw new AppError('NOT_FOUND', `There is no deleted article ${id} in the trash.`);
      // The trash file stays: nothing deleted is ever erased, and the list skips articles back in the library.
      return context.store.createArticle(article);
    },
  };
}
