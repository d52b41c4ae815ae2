import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Article, ArticleSummary, Settings, Source } from '../../../shared/model';
import { AppError } from '../app-error';
import type { StoreChange } from '../change-feed';
import { summarize } from '../domain/summary';
import { SerialQueue } from '../serial-queue';
import { ArticleFiles, isArticleId } from './article-files';
import { ArticleSummaries } from './article-summaries';
import type { ArticleFile, LibraryFile } from './file-schemas';
import { LibraryIndex } from './library-index';
import { makePrivateDir } from './private-files';
import { articleFileTimes } from './reconcile-summaries';
import { removeStaleTempFiles } from './stale-temp-files';
import { storageError } from './storage-error';
import { StoreWrites } from './store-writes';
import type { ValidatedJsonFile } from './validated-json-file';

export interface StoreOptions {
  defaultEditorName: string;
  /** For tools that only read (list, report) without the folder's lock: never write anything. */
  readOnly?: boolean;
  /** Runs before a file is upgraded to a newer schema, while the old file is still on disk. */
  beforeMigration?: () => Promise<void>;
  /** Told of every change once it is durable (the core's change feed). */
  onChange?: (change: StoreChange) => void;
}

/** The article changed after the caller read it: nothing was done; read it again and retry. */
export class StaleArticleError extends Error {
  constructor(readonly articleId: string) {
    super(`Article ${articleId} changed meanwhile.`);
  }
}

/**
 * The data folder: library.json (article index, sources, settings) and one file per article, so
 * that a change to one claim rewrites a few kilobytes. Every mutation runs alone, on a copy; memory
 * changes only after the file is durably on disk, so a failed write leaves both as they were.
 */
export class Store {
  /** Every mutation, one at a time. */
  private readonly queue = new SerialQueue();
  private readonly summaries: ArticleSummaries;
  private readonly articles: ArticleFiles;

  private constructor(
    readonly dir: string,
    private readonly library: LibraryIndex,
    private readonly writes: StoreWrites,
    private readonly options: StoreOptions,
  ) {
    this.summaries = new ArticleSummaries(library, this.queue, writes.readOnly);
    this.articles = new ArticleFiles(dir, writes, {
      requireListed: (id) => this.summaries.requireListed(id),
      ...(options.beforeMigration ? { beforeMigration: options.beforeMigration } : {}),
    });
  }

  static async open(dir: string, options: StoreOptions): Promise<Store> {
    try {
      await makePrivateDir(join(dir, 'articles'));
    } catch (error) {
      throw storageError(error, 'the data folder');
    }
    const writes = new StoreWrites(options.readOnly ?? false);
    // Asked for first: the disk answers while library.json is parsed and checked.
    const fileTimes = articleFileTimes(dir);
    fileTimes.catch(() => undefined);
    const library = await LibraryIndex.open(dir, writes, options);
    if (!options.readOnly)
      await removeStaleTempFiles([
        dir,
        join(dir, 'articles'),
        join(dir, 'attachments'),
        join(dir, 'attachments', 'text'),
      ]);
    const store = new Store(dir, library, writes, options);
    await store.summaries.mend(dir, (id) => store.articles.adapter(id), fileTimes);
    return store;
  }

  /**
   * Runs `task` alone, after every mutation queued so far, with the article list on disk: the
   * backups copy a consistent folder this way.
   */
  withExclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      await this.summaries.flush();
      return task();
    });
  }

  /**
   * Forgets what is in memory and reads the folder again, as on open: a restore replaced the files.
   * Call it from inside withExclusive, so that no mutation sees the switch half done.
   */
  async reload(): Promise<void> {
    this.articles.forgetAll();
    this.summaries.reset();
    await this.library.reread();
    await this.summaries.mend(this.dir, (id) => this.articles.adapter(id));
    this.changed({ kind: 'everything' });
  }

  private changed(change: StoreChange): void {
    this.options.onChange?.(change);
  }

  /** Called after every durable write (the backups measure activity with it). */
  onWrite(listener: () => void): void {
    this.writes.onWrite(listener);
  }

  /** Runs `task` once, inside the queue, just before the next file is written. */
  beforeNextWrite(task: () => Promise<unknown>): void {
    this.writes.beforeNextWrite(task);
  }

  /** Resolves once every mutation queued so far has finished and the article list is on disk. */
  async idle(): Promise<void> {
    this.summaries.cancelDelayedWrite();
    await this.queue.run(() => this.summaries.flush());
  }

  listArticles(): ArticleSummary[] {
    return this.summaries.list();
  }

  listSources(): Source[] {
    return this.library.data.sources;
  }

  settings(): Settings {
    return this.library.data.settings;
  }

  articleAdapter(id: string): ValidatedJsonFile<ArticleFile> {
    return this.articles.adapter(id);
  }

  /** Changes whenever the store is reloaded from disk (a restore): caches outside it key on this. */
  generationOf(): number {
    return this.articles.generation;
  }

  /** An article for a one-off look across the library (search, citations); see ArticleFiles.peek. */
  peekArticle(id: string): Promise<Article> {
    return this.articles.peek(id);
  }

  async getArticle(id: string): Promise<Article> {
    const generation = this.articles.generation;
    const { article } = (await this.articles.load(id)).data;
    // A read begun before a restore must not put the old article back into the list.
    if (generation !== this.articles.generation) return this.getArticle(id);
    // Puts a stale list entry right when an article is opened.
    this.summaries.note(article);
    return article;
  }

  /**
   * Writes another data file of the folder (the archive of past fact-checks) as the store writes its
   * own: refused when read-only, durable, the start-up backup taken first, counted as activity. Call
   * it inside withExclusive, so that it runs in turn with every other write.
   */
  writeDataFile<T>(file: { write: (data: T) => Promise<void> }, data: T, what: string): Promise<void> {
    return this.writes.write(file, data, what);
  }

  /** Refuses before a change that writes outside the store's own files (trash, attachments). */
  assertWritable(what: string): void {
    this.writes.refuseIfReadOnly(what);
  }

  createArticle(article: Article): Promise<Article> {
    if (!isArticleId(article.id))
      return Promise.reject(new AppError('INVALID_INPUT', `${article.id} is not an article id.`));
    return this.queue.run(async () => {
      await this.articles.create(article, 'the new article');
      this.summaries.note(article);
      await this.summaries.flush();
      this.changed({ kind: 'article', articleId: article.id, summary: summarize(article) });
      return article;
    });
  }

  /**
   * Applies `change` to a copy of the article and stores it; returns what `change` returns. `copy`
   * may copy less than all (a claim change copies that claim), as long as `change` touches no more.
   */
  updateArticle<T>(
    id: string,
    change: (draft: Article) => T,
    what = 'the change',
    copy: (article: Article) => Article = structuredClone,
  ): Promise<T> {
    return this.queue.run(async () => {
      const file = await this.articles.load(id);
      const draft = copy(file.data.article);
      const result = change(draft);
      await this.articles.write(file, draft, what);
      this.summaries.note(draft);
      this.changed({ kind: 'article', articleId: id, summary: summarize(draft) });
      return result;
    });
  }

  /**
   * Drops the article from the list, then moves its file to trash/ (never deletes it); with
   * `expected`, only if the article is still that object (else StaleArticleError). Should the
   * move fail, the file stays where it was, unlisted: the deletion stands and nothing is lost.
   */
  deleteArticle(id: string, expected?: Article): Promise<void> {
    return this.queue.run(async () => {
      // A damaged or missing file must not keep its entry in the list forever: no read here.
      this.summaries.requireListed(id);
      // A deletion that arrives from another machine must not take a change made here meanwhile.
      if (expected && (await this.articles.load(id)).data.article !== expected) throw new StaleArticleError(id);
      const articles = this.library.data.articles.filter((a) => a.id !== id);
      await this.library.write({ ...this.library.data, articles }, 'the deletion');
      this.articles.forget(id);
      this.changed({ kind: 'article-removed', articleId: id });
      const trash = join(this.dir, 'trash');
      await makePrivateDir(trash)
        .then(() => rename(join(this.dir, 'articles', `${id}.json`), join(trash, `${id}.${Date.now()}.json`)))
        .catch(() => undefined);
    });
  }

  /** Applies `change` to a copy of the library (sources, settings) and stores it. */
  updateLibrary<T>(change: (draft: LibraryFile) => T, what = 'the change'): Promise<T> {
    return this.queue.run(async () => {
      const before = this.library.data;
      const draft = structuredClone(before);
      const result = change(draft);
      await this.library.write(draft, what);
      if (!isDeepStrictEqual(before.sources, draft.sources)) this.changed({ kind: 'sources' });
      if (!isDeepStrictEqual(before.settings, draft.settings)) this.changed({ kind: 'settings' });
      return result;
    });
  }
}
