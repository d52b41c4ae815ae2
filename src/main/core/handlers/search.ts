import type { SearchResult } from '../../../shared/api';
import { LIMITS } from '../../../shared/limits';
import type { Article, ArticleSummary } from '../../../shared/model';
import { fold } from '../../../shared/text-fold';
import { queryTerms, rank, snippetAround, type SearchField } from '../domain/search/rank';
import type { CoreContext, Handlers } from './context';
import { readableArticle } from './source-citations';

type SearchHandlers = Pick<Handlers, 'search.query'>;

interface Doc {
  result: Omit<SearchResult, 'score' | 'snippet'>;
  fields: SearchField[];
}

/** Title-like fields weigh most; the words of notes and excerpts least. */
const WEIGHT = { title: 4, text: 3, name: 2, body: 1 } as const;

function claimDocs(article: Article, sourceTitles: ReadonlyMap<string, string>): Doc[] {
  return article.claims.map((claim) => {
    const fields: SearchField[] = [
      { text: claim.anchor.exact, weight: WEIGHT.text },
      { text: claim.notes, weight: WEIGHT.body },
      { text: claim.verdict ?? '', weight: WEIGHT.name },
      { text: claim.assignee ?? '', weight: WEIGHT.name },
    ];
    for (const evidence of claim.evidence) {
      fields.push({ text: evidence.excerpt ?? '', weight: WEIGHT.body });
      fields.push({ text: sourceTitles.get(evidence.sourceId) ?? '', weight: WEIGHT.body });
    }
    return {
      result: { type: 'claim', id: claim.id, articleId: article.id, title: claim.anchor.exact, context: article.title },
      fields: fields.filter((f) => f.text).map((f) => ({ ...f, folded: fold(f.text) })),
    };
  });
}

/**
 * Searches the whole library. Claims live in the article files, so their searchable words are kept
 * per article and read again only when the article changed since (its `updatedAt` in the list).
 */
export function searchHandlers({ store }: CoreContext): SearchHandlers {
  const claimIndex = new Map<string, { updatedAt: string; sourcesKey: string; docs: Doc[] }>();

  /** The claims' words are read again when the article changed or a source it cites was renamed. */
  async function claimsOf(summary: ArticleSummary, sourceTitles: Map<string, string>): Promise<Doc[]> {
    // A restore (store.reload) may bring back other content under the same updatedAt: its generation is in the key.
    const sourcesKey = `${store.generationOf()}:${JSON.stringify((summary.sourceIds ?? []).map((id) => sourceTitles.get(id)))}`;
    const cached = claimIndex.get(summary.id);
    if (cached && cached.updatedAt === summary.updatedAt && cached.sourcesKey === sourcesKey) return cached.docs;
    const article = await readableArticle(store, summary.id);
    if (!article) return [];
    const docs = claimDocs(article, sourceTitles);
    claimIndex.set(summary.id, { updatedAt: summary.updatedAt, sourcesKey, docs });
    return docs;
  }

  return {
    'search.query': async ({ query, limit }) => {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      const phrase = fold(query.trim());
      const sources = store.listSources();
      const sourceTitles = new Map(sources.map((s) => [s.id, s.title]));
      const docs: Doc[] = [];
      const articles = store.listArticles();
      for (const article of articles) {
        docs.push({
          result: { type: 'article', id: article.id, title: article.title },
          fields: [
            { text: article.title, weight: WEIGHT.title },
            { text: article.desk ?? '', weight: WEIGHT.name },
          ],
        });
        docs.push(...(await claimsOf(article, sourceTitles)));
      }
      const listed = new Set(articles.map((a) => a.id));
      for (const id of claimIndex.keys()) if (!listed.has(id)) claimIndex.delete(id);
      for (const source of sources) {
        docs.push({
          result: { type: 'source', id: source.id, title: source.title },
          fields: [
            { text: source.title, weight: WEIGHT.title },
            { text: [source.author, source.publisher].filter(Boolean).join(' '), weight: WEIGHT.name },
            { text: source.url ?? '', weight: WEIGHT.body },
            { text: [source.notes, source.citation].filter(Boolean).join(' '), weight: WEIGHT.body },
          ],
        });
      }
      const results: SearchResult[] = [];
      for (const doc of docs) {
        const ranked = rank(doc.fields, terms, phrase);
        if (!ranked) continue;
        const result: SearchResult = { ...doc.result, score: ranked.score };
        if (ranked.best.text !== doc.result.title) result.snippet = snippetAround(ranked.best.text, ranked.at);
        results.push(result);
      }
      results.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
      return results.slice(0, limit ?? LIMITS.searchResults);
    },
  };
}
