import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Article } from '../../../shared/model';
import { AppError } from '../app-error';
import { DataFileError } from './data-file-error';
import { ARTICLE_SCHEMA_VERSION, articleFileSchema, type ArticleFile } from './file-schemas';
import { articleMigrations } from './migrations';
import type { StoreWrites } from './store-writes';
import { ValidatedJsonFile } from './validated-json-file';

const ARTICLE_ID = /^a[0-9a-z]+$/;

/** Whether `id` has the shape of an article id (and so names a file under articles/). */
export function isArticleId(id: string): boolean {
  return ARTICLE_ID.test(id);
}

export interface ArticleFilesOptions {
  /** Throws NOT_FOUND for an article the list does not name. */
  requireListed: (id: string) => void;
  beforeMigration?: () => Promise<void>;
}

/**
 * The files under articles/, one per article: read on first use (never at start-up) and kept in
 * memory; two callers of an article not yet loaded share one read.
 */
export class ArticleFiles {
  private readonly cache = new Map<string, Low<ArticleFile>>();
  /** Reads in flight, so that two callers of a not-yet-loaded article share one read. */
  private readonly loading = new Map<string, Promise<Low<ArticleFile>>>();
  private currentGeneration = 0;

  constructor(
    private readonly dir: string,
    private readonly writes: StoreWrites,
    private readonly options: ArticleFilesOptions,
  ) {}

  /** Bumped by forgetAll(): a read that started before it must not fill the cache afterwards. */
  get generation(): number {
    return this.currentGeneration;
  }

  adapter(id: string): ValidatedJsonFile<ArticleFile> {
    return new ValidatedJsonFile<ArticleFile>(join(this.dir, 'articles', `${id}.json`), {
      label: `The article file ${id}.json`,
      schema: articleFileSchema,
      migrations: articleMigrations,
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      backupDir: join(this.dir, 'backups', 'pre-migration'),
      ...(this.options.beforeMigration ? { beforeMigration: this.options.beforeMigration } : {}),
    });
  }

  load(id: string): Promise<Low<ArticleFile>> {
    const cached = this.cache.get(id);
    if (cached) return Promise.resolve(cached);
    try {
      this.options.requireListed(id);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    let pending = this.loading.get(id);
    if (!pending) {
      const read = this.read(id).finally(() => {
        if (this.loading.get(id) === read) this.loading.delete(id);
      });
      pending = read;
      this.loading.set(id, pending);
    }
    return pending;
  }

  private async read(id: string): Promise<Low<ArticleFile>> {
    const generation = this.currentGeneration;
    const adapter = this.adapter(id);
    const loaded = await adapter.read();
    if (!loaded) {
      throw (
        (await adapter.movedAsideError()) ??
        new DataFileError('NOT_FOUND', adapter.path, `The file of article ${id} is missing from the data folder.`)
      );
    }
    const file = new Low<ArticleFile>(adapter, loaded);
    if (generation === this.currentGeneration) this.cache.set(id, file);
    return file;
  }

  /**
   * An article for a one-off look across the library (search, citations): from memory if loaded,
   * else read from its file without keeping it, so that a search does not load every article for good.
   */
  async peek(id: string): Promise<Article> {
    const kept = this.cache.get(id) ?? (await this.loading.get(id));
    if (kept) return kept.data.article;
    this.options.requireListed(id);
    const loaded = await this.adapter(id).read('look');
    if (!loaded) throw new AppError('NOT_FOUND', `The file of article ${id} is missing from the data folder.`);
    return loaded.article;
  }

  /** Writes a new article's file and keeps it. */
  async create(article: Article, what: string): Promise<void> {
    const file = new Low<ArticleFile>(this.adapter(article.id), { schemaVersion: ARTICLE_SCHEMA_VERSION, article });
    await this.writes.write(file.adapter, file.data, what);
    this.cache.set(article.id, file);
  }

  /** Writes first; memory changes only once the file is durably on disk. */
  async write(file: Low<ArticleFile>, article: Article, what: string): Promise<void> {
    const next: ArticleFile = { schemaVersion: ARTICLE_SCHEMA_VERSION, article };
    await this.writes.write(file.adapter, next, what);
    file.data = next;
  }

  forget(id: string): void {
    this.cache.delete(id);
  }

  /** Drops every article from memory (a restore replaced the files). */
  forgetAll(): void {
    this.currentGeneration++;
    this.cache.clear();
    this.loading.clear();
  }
}
