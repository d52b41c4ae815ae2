import type { Citation } from '../../../shared/api';
import type { Article, Claim, Evidence } from '../../../shared/model';
import type { Store } from '../store/store';

/**
 * An article to look through, or null when its file cannot be read (damaged and moved aside, or
 * missing): one bad file must not stop the library's other articles from being found or updated.
 */
export async function readableArticle(store: Store, id: string): Promise<Article | null> {
  try {
    return await store.peekArticle(id);
  } catch (error) {
    console.error(`[core] article ${id} skipped: ${(error as Error).message}`);
    return null;
  }
}

/**
 * The articles that may cite any of the sources: the article list records which sources each
 * article cites; entries written before it did are read to find out.
 */
export function citingArticleIds(store: Store, sourceIds: ReadonlySet<string>): string[] {
  return store
    .listArticles()
    .filter((a) => !a.sourceIds || a.sourceIds.some((id) => sourceIds.has(id)))
    .map((a) => a.id);
}

export function citesAny(article: Article, sourceIds: ReadonlySet<string>): boolean {
  return article.claims.some((c) => c.evidence.some((e) => sourceIds.has(e.sourceId)));
}

export async function citationsOf(store: Store, sourceId: string): Promise<Citation[]> {
  const citations: Citation[] = [];
  for (const articleId of citingArticleIds(store, new Set([sourceId]))) {
    const article = await readableArticle(store, articleId);
    if (!article) continue;
    for (const claim of article.claims) {
      for (const evidence of claim.evidence) {
        if (evidence.sourceId !== sourceId) continue;
        const citation: Citation = {
          articleId,
          articleTitle: article.title,
          claimId: claim.id,
          claimText: claim.anchor.exact,
          claimStatus: claim.status,
          evidenceId: evidence.id,
          relation: evidence.relation,
        };
        if (evidence.excerpt) citation.excerpt = evidence.excerpt;
        if (evidence.locator) citation.locator = evidence.locator;
        citations.push(citation);
      }
    }
  }
  return citations;
}

/**
 * Runs `change` on every claim's evidence that cites one of the sources, article by article (one
 * write each, only where something cites them). Returns how many pieces of evidence were visited.
 */
export async function changeCitingEvidence(
  store: Store,
  sourceIds: ReadonlySet<string>,
  what: string,
  at: string,
  change: (claim: Claim, evidence: Evidence, article: Article) => void,
): Promise<number> {
  let visited = 0;
  for (const articleId of citingArticleIds(store, sourceIds)) {
    // Not skipped when unreadable: a change that missed an article would leave its claims citing a
    // deleted source, or settled against a changed one. The editor gets the file's error instead.
    if (!citesAny(await store.peekArticle(articleId), sourceIds)) continue;
    visited += await store.updateArticle(
      articleId,
      (article) => {
        let n = 0;
        for (const claim of article.claims) {
          for (const evidence of [...claim.evidence]) {
            if (!sourceIds.has(evidence.sourceId)) continue;
            change(claim, evidence, article);
            n++;
          }
        }
        if (n > 0) article.updatedAt = at;
        return n;
      },
      what,
    );
  }
  return visited;
}
