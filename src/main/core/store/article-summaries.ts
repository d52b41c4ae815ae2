import { isDeepStrictEqual } from 'node:util';
import type { Article, ArticleSummary } from '../../../shared/model';
import { AppError } from '../app-error';
import { summarize } from '../domain/summary';
import type { SerialQueue } from '../serial-queue';
import { isArticleId } from './article-files';
import type { ArticleFile } from './file-schemas';
import type { LibraryIndex } from './library-index';
import { reconcileSummaries, type ArticleFileTimes } from './reconcile-summaries';
import type { ValidatedJsonFile } from './validated-json-file';

/** How long the article list waits to be written after a claim change (changes coalesce). */
const SUMMARY_DELAY_MS = 1_000;

/**
 * The article list (title, counts) in library.json. Each entry is derived from its article file,
 * so a claim change writes only its article: the entry changes in memory now and reaches
 * library.json a moment later (or on close). A crash in between is mended on the next start
 * (reconcile-summaries.ts).
 */
export class ArticleSummaries {
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;

  /** `queue` is the store's write queue: the delayed write waits its turn there. */
  constructor(
    private readonly library: LibraryIndex,
    private readonly queue: SerialQueue,
    private readonly readOnly: boolean,
  ) {}

  list(): ArticleSummary[] {
    return this.library.data.articles;
  }

  /** Refuses an id that is not in the list; no article file is read for it. */
  requireListed(id: string): void {
    if (!isArticleId(id) || !this.list().some((a) => a.id === id)) {
      throw new AppError('NOT_FOUND', `There is no article with id ${id}.`);
    }
  }

  /** Puts the article's entry right in memory and has the list written a moment later. */
  note(article: Article): void {
    const current = this.list();
    const listed = current.find((a) => a.id === article.id);
    const summary = summarize(article);
    // Deep equality: entries read back from disk have their keys in the schema's order.
    if (listed && isDeepStrictEqual(listed, summary)) return;
    const articles = listed ? current.map((a) => (a.id === article.id ? summary : a)) : [...current, summary];
    this.library.data = { ...this.library.data, articles };
    this.dirty = true;
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.queue.run(() => this.flush());
      }, SUMMARY_DELAY_MS);
      this.timer.unref();
    }
  }

  /** Writes the list if it changed; a failure is logged, as the list can be rebuilt. */
  async flush(force = false): Promise<void> {
    if (this.readOnly || (!this.dirty && !force)) return;
    try {
      await this.library.write(this.library.data, 'the article list');
      this.dirty = false;
    } catch (error) {
      console.error(`[store] the article list could not be saved: ${(error as Error).message}`);
    }
  }

  /** Stops the delayed write; the caller flushes in the queue instead. */
  cancelDelayedWrite(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Forgets pending changes: the list was read again from disk. */
  reset(): void {
    this.cancelDelayedWrite();
    this.dirty = false;
  }

  /** Rebuilds entries older than their article files (a crash before the list was written). */
  async mend(
    dir: string,
    adapterFor: (id: string) => ValidatedJsonFile<ArticleFile>,
    fileTimes?: Promise<ArticleFileTimes>,
  ): Promise<void> {
    const mended = await reconcileSummaries(dir, this.list(), adapterFor, fileTimes);
    if (mended) {
      this.library.data = { ...this.library.data, articles: mended };
      await this.flush(true);
    }
  }
}
