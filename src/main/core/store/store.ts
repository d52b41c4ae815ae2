import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Low } from 'lowdb';
import type { Article, ArticleSummary, Settings, Source } from '../../../shared/model';
import { AppError } from '../app-error';
import type { StoreChange } from '../change-feed';
import { summarize } from '../domain/summary';
import {
  ARTICLE_SCHEMA_VERSION,
  LIBRARY_SCHEMA_VERSION,
  articleFileSchema,
  libraryFileSchema,
  type ArticleFile,
  type LibraryFile,
} from './file-schemas';
import { articleMigrations, libraryMigrations } from './migrations';
import { DataFileError } from './data-file-error';
import { storageError } from './storage-error';
import { reconcileSummaries } from './reconcile-summaries';
import { removeStaleTempFiles } from './stale-temp-files';
import { ValidatedJsonFile } from './validated-json-file';

export interface StoreOptions {
  defaultEditorName: string;
  /** For tools that only read (list, report) without the folder's lock: never write anything. */
  readOnly?: boolean;
  /** Runs before a file is upgraded to a newer schema, while the old file is still on disk. */
  beforeMigration?: () => Promise<void>;
  /** Told of every change once it is durable (the core's change feed). */
  onChange?: (change: StoreChange) => void;
}

function emptyLibrary(options: StoreOptions): LibraryFile {
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    articles: [],
    sources: [],
    settings: { editorName: options.defaultEditorName },
  };
}

function libraryAdapter(dir: string, options: StoreOptions): ValidatedJsonFile<LibraryFile> {
  return new ValidatedJsonFile<LibraryFile>(join(dir, 'library.json'), {
    label: 'The library index (library.json)',
    schema: libraryFileSchema,
    migrations: libraryMigrations,
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    backupDir: join(dir, 'backups', 'pre-migration'),
    whenDamaged:
      'Until then, the next start lists the articles again from their own files, without the sources and settings, which stay in the moved file.',
    ...(options.beforeMigration ? { beforeMigration: options.beforeMigration } : {}),
  });
}

const ARTICLE_ID = /^a[0-9a-z]+$/;
/** How long the article list waits to be written after a claim change (changes coalesce). */
const SUMMARY_DELAY_MS = 1_000;

/**
 * The data folder: library.json (article index, sources, settings) and one file per article, so
 * that a change to one claim rewrites a few kilobytes. Every mutation runs alone, on a copy; memory
 * changes only after the file is durably on disk, so a failed write leaves both as they were.
 */
export class Store {
  private readonly articles = new Map<string, Low<ArticleFile>>();
  /** Reads in flight, so that two callers of a not-yet-loaded article share one read. */
  private readonly loading = new Map<string, Promise<Low<ArticleFile>>>();
  private summariesDirty = false;
  private summaryTimer: NodeJS.Timeout | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** Bumped by reload(): a read that started before it must not fill the cache afterwards. */
  private generation = 0;
  private writeListener: (() => void) | undefined;

  private constructor(
    readonly dir: string,
    private readonly library: Low<LibraryFile>,
    private readonly options: StoreOptions,
  ) {}

  private get readOnly(): boolean {
    return this.options.readOnly ?? false;
  }

  static async open(dir: string, options: StoreOptions): Promise<Store> {
    try {
      await mkdir(join(dir, 'articles'), { recursive: true });
    } catch (error) {
      throw storageError(error, 'the data folder');
    }
    const library = new Low<LibraryFile>(libraryAdapter(dir, options), emptyLibrary(options));
    await library.read();
    if (!options.readOnly) await removeStaleTempFiles([dir, join(dir, 'articles'), join(dir, 'attachments')]);
    const store = new Store(dir, library, options);
    await store.mendSummaries();
    return store;
  }

  private async mendSummaries(): Promise<void> {
    const mended = await reconcileSummaries(this.dir, this.library.data.articles, (id) => this.articleAdapter(id));
    if (mended) {
      this.library.data = { ...this.library.data, articles: mended };
      await this.flushSummaries(true);
    }
  }

  /** Runs `task` after every earlier mutation has finished. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs `task` alone, after every mutation queued so far, with the article list on disk: the
   * backups copy a consistent folder this way.
   */
  withExclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.flushSummaries();
      return task();
    });
  }

  /**
   * Forgets what is in memory and reads the folder again, as on open: a restore replaced the files.
   * Call it from inside withExclusive, so that no mutation sees the switch half done.
   */
  async reload(): Promise<void> {
    this.generation++;
    this.articles.clear();
    this.loading.clear();
    clearTimeout(this.summaryTimer);
    this.summaryTimer = undefined;
    this.summariesDirty = false;
    this.library.data = (await this.library.adapter.read()) ?? emptyLibrary(this.options);
    await this.mendSummaries();
    this.changed({ kind: 'everything' });
  }

  private changed(change: StoreChange): void {
    this.options.onChange?.(change);
  }

  /** Called after every durable write (the backups measure activity with it). */
  onWrite(listener: () => void): void {
    this.writeListener = listener;
  }

  /** Resolves once every mutation queued so far has finished and the article list is on disk. */
  async idle(): Promise<void> {
    clearTimeout(this.summaryTimer);
    this.summaryTimer = undefined;
    await this.exclusive(() => this.flushSummaries());
  }

  listArticles(): ArticleSummary[] {
    return this.library.data.articles;
  }

  listSources(): Source[] {
    return this.library.data.sources;
  }

  settings(): Settings {
    return this.library.data.settings;
  }

  articleAdapter(id: string): ValidatedJsonFile<ArticleFile> {
    return new ValidatedJsonFile<ArticleFile>(join(this.dir, 'articles', `${id}.json`), {
      label: `The article file ${id}.json`,
      schema: articleFileSchema,
      migrations: articleMigrations,
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      backupDir: join(this.dir, 'backups', 'pre-migration'),
      ...(this.options.beforeMigration ? { beforeMigration: this.options.beforeMigration } : {}),
    });
  }

  /** Article files are read on first use, never at start-up. */
  private loadArticle(id: string): Promise<Low<ArticleFile>> {
    const cached = this.articles.get(id);
    if (cached) return Promise.resolve(cached);
    if (!ARTICLE_ID.test(id) || !this.library.data.articles.some((a) => a.id === id)) {
      return Promise.reject(new AppError('NOT_FOUND', `There is no article with id ${id}.`));
    }
    let pending = this.loading.get(id);
    if (!pending) {
      const generation = this.generation;
      const read = (async () => {
        const adapter = this.articleAdapter(id);
        const loaded = await adapter.read();
        if (!loaded) {
          throw (
            (await adapter.movedAsideError()) ??
            new DataFileError('NOT_FOUND', adapter.path, `The file of article ${id} is missing from the data folder.`)
          );
        }
        const file = new Low<ArticleFile>(adapter, loaded);
        if (generation === this.generation) this.articles.set(id, file);
        return file;
      })().finally(() => {
        if (this.loading.get(id) === read) this.loading.delete(id);
      });
      pending = read;
      this.loading.set(id, pending);
    }
    return pending;
  }

  /** Changes whenever the store is reloaded from disk (a restore): caches outside it key on this. */
  generationOf(): number {
    return this.generation;
  }

  /**
   * An article for a one-off look across the library (search, citations): from memory if loaded,
   * else read from its file without keeping it, so that a search does not load every article for good.
   */
  async peekArticle(id: string): Promise<Article> {
    const kept = this.articles.get(id) ?? (await this.loading.get(id));
    if (kept) return kept.data.article;
    if (!ARTICLE_ID.test(id) || !this.library.data.articles.some((a) => a.id === id)) {
      throw new AppError('NOT_FOUND', `There is no article with id ${id}.`);
    }
    const loaded = await this.articleAdapter(id).read('look');
    if (!loaded) throw new AppError('NOT_FOUND', `The file of article ${id} is missing from the data folder.`);
    return loaded.article;
  }

  async getArticle(id: string): Promise<Article> {
    const generation = this.generation;
    const { article } = (await this.loadArticle(id)).data;
    // A read begun before a restore must not put the old article back into the list.
    if (generation !== this.generation) return this.getArticle(id);
    this.reconcile(article);
    return article;
  }

  /** Writes first; memory changes only once the file is durably on disk. */
  private async writeLibrary(next: LibraryFile, what: string): Promise<void> {
    this.refuseIfReadOnly(what);
    try {
      await this.library.adapter.write(next);
    } catch (error) {
      throw storageError(error, what);
    }
    this.library.data = next;
    this.writeListener?.();
  }

  /** Refuses before a change that writes outside the store's own files (trash, attachments). */
  assertWritable(what: string): void {
    this.refuseIfReadOnly(what);
  }

  private refuseIfReadOnly(what: string): void {
    if (this.readOnly)
      throw new AppError('READ_ONLY', `This data folder was opened read-only, so ${what} was not saved.`);
  }

  private async writeArticle(file: Low<ArticleFile>, article: Article, what: string): Promise<void> {
    this.refuseIfReadOnly(what);
    const next: ArticleFile = { schemaVersion: ARTICLE_SCHEMA_VERSION, article };
    try {
      await file.adapter.write(next);
    } catch (error) {
      throw storageError(error, what);
    }
    file.data = next;
    this.writeListener?.();
  }

  private summaryChanged(article: Article): boolean {
    const listed = this.library.data.articles.find((a) => a.id === article.id);
    // Deep equality: entries read back from disk have their keys in the schema's order.
    return !listed || !isDeepStrictEqual(listed, summarize(article));
  }

  /**
   * The list entry (title, counts) is derived from the article file, so a claim change writes only
   * its article: the entry changes in memory now and reaches library.json a moment later (or on
   * close). A crash in between is mended on the next start (reconcile-summaries.ts).
   */
  private noteSummary(article: Article): void {
    if (!this.summaryChanged(article)) return;
    const summary = summarize(article);
    const current = this.library.data.articles;
    const listed = current.some((a) => a.id === article.id);
    const articles = listed ? current.map((a) => (a.id === article.id ? summary : a)) : [...current, summary];
    this.library.data = { ...this.library.data, articles };
    this.summariesDirty = true;
    if (!this.summaryTimer) {
      this.summaryTimer = setTimeout(() => {
        this.summaryTimer = undefined;
        void this.exclusive(() => this.flushSummaries());
      }, SUMMARY_DELAY_MS);
      this.summaryTimer.unref();
    }
  }

  /** Writes the article list if it changed; a failure is logged, as the list can be rebuilt. */
  private async flushSummaries(force = false): Promise<void> {
    if (this.readOnly || (!this.summariesDirty && !force)) return;
    try {
      await this.writeLibrary(this.library.data, 'the article list');
      this.summariesDirty = false;
    } catch (error) {
      console.error(`[store] the article list could not be saved: ${(error as Error).message}`);
    }
  }

  /** Puts a stale list entry right when an article is opened. */
  private reconcile(article: Article): void {
    this.noteSummary(article);
  }

  createArticle(article: Article): Promise<Article> {
    if (!ARTICLE_ID.test(article.id))
      return Promise.reject(new AppError('INVALID_INPUT', `${article.id} is not an article id.`));
    return this.exclusive(async () => {
      const file = new Low<ArticleFile>(this.articleAdapter(article.id), {
        schemaVersion: ARTICLE_SCHEMA_VERSION,
        article,
      });
      this.refuseIfReadOnly('the new article');
      try {
        await file.adapter.write(file.data);
      } catch (error) {
        throw storageError(error, 'the new article');
      }
      this.writeListener?.();
      this.articles.set(article.id, file);
      this.noteSummary(article);
      await this.flushSummaries();
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
    return this.exclusive(async () => {
      const file = await this.loadArticle(id);
      const draft = copy(file.data.article);
      const result = change(draft);
      await this.writeArticle(file, draft, what);
      this.noteSummary(draft);
      this.changed({ kind: 'article', articleId: id, summary: summarize(draft) });
      return result;
    });
  }

  /**
   * Drops the article from the list, then moves its file to trash/ (never deletes it). Should the
   * move fail, the file stays where it was, unlisted: the deletion stands and nothing is lost.
   */
  deleteArticle(id: string): Promise<void> {
    return this.exclusive(async () => {
      // A damaged or missing file must not keep its entry in the list forever: no read here.
      if (!ARTICLE_ID.test(id) || !this.library.data.articles.some((a) => a.id === id)) {
        throw new AppError('NOT_FOUND', `There is no article with id ${id}.`);
      }
      const articles = this.library.data.articles.filter((a) => a.id !== id);
      await this.writeLibrary({ ...this.library.data, articles }, 'the deletion');
      this.articles.delete(id);
      this.changed({ kind: 'article-removed', articleId: id });
      const trash = join(this.dir, 'trash');
      await mkdir(trash, { recursive: true })
        .then(() => rename(join(this.dir, 'articles', `${id}.json`), join(trash, `${id}.${Date.now()}.json`)))
        .catch(() => undefined);
    });
  }

  /** Applies `change` to a copy of the library (sources, settings) and stores it. */
  updateLibrary<T>(change: (draft: LibraryFile) => T, what = 'the change'): Promise<T> {
    return this.exclusive(async () => {
      const before = this.library.data;
      const draft = structuredClone(before);
      const result = change(draft);
      await this.writeLibrary(draft, what);
      if (!isDeepStrictEqual(before.sources, draft.sources)) this.changed({ kind: 'sources' });
      if (!isDeepStrictEqual(before.settings, draft.settings)) this.changed({ kind: 'settings' });
      return result;
    });
  }
}
