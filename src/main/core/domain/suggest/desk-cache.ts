import type { Article, ArticleSummary } from '../../../../shared/model';
import { fitDesk, type DeskExample, type DeskModel } from './adapt';
import { deskExamples } from './desk-labels';
import type { CheckworthinessModel } from './model-file';

export interface DeskSource {
  listArticles(): ArticleSummary[];
  getArticle(id: string): Promise<Article>;
}

/**
 * The library's adaptation of the shipped model, refitted only when an article changed: each
 * article's labels are kept until its `updatedAt` moves, and the fit (a few milliseconds) is redone
 * only when the labels or the reset time changed.
 */
export class DeskCache {
  private readonly perArticle = new Map<string, { key: string; examples: DeskExample[] }>();
  private fitted: { key: string; desk: DeskModel | undefined } | undefined;

  constructor(private readonly source: DeskSource) {}

  async desk(model: CheckworthinessModel, since?: string): Promise<DeskModel | undefined> {
    const summaries = this.source.listArticles();
    const keys: string[] = [];
    for (const summary of summaries) {
      const key = `${summary.updatedAt}|${since ?? ''}`;
      keys.push(`${summary.id}@${key}`);
      if (this.perArticle.get(summary.id)?.key === key) continue;
      // An article that cannot be read teaches nothing; the suggestions go on without it.
      const examples = await this.source.getArticle(summary.id).then(
        (article) => deskExamples(article, model, since),
        () => [],
      );
      this.perArticle.set(summary.id, { key, examples });
    }
    const live = new Set(summaries.map((s) => s.id));
    for (const id of this.perArticle.keys()) if (!live.has(id)) this.perArticle.delete(id);
    const key = keys.join('\n');
    if (this.fitted?.key !== key) {
      const examples = summaries.flatMap((s) => this.perArticle.get(s.id)?.examples ?? []);
      this.fitted = { key, desk: fitDesk(model, examples) };
    }
    return this.fitted.desk;
  }
}
