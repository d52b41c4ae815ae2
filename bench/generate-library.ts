import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleSummary, Claim } from '../src/shared/model';
import { summarize } from '../src/main/core/domain/summary';
import { ARTICLE_SCHEMA_VERSION, LIBRARY_SCHEMA_VERSION } from '../src/main/core/store/file-schemas';
import { generateCheckedArticle } from './generate-article';
import { generateDraft, random, reviseDraft } from './generate-draft';

/**
 * Writes a data folder of `count` articles × 5 versions × 100 claims (the store's own file format),
 * deterministically, without going through the API (which would take minutes at 1,000 articles).
 */
export function writeLibrary(dir: string, count: number): { ids: string[]; claimIds: string[][] } {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  const rng = random(count);
  const summaries: ArticleSummary[] = [];
  const ids: string[] = [];
  const claimIds: string[][] = [];
  const base = generateCheckedArticle(1_500, 100, 40, 3);
  for (let i = 0; i < count; i++) {
    const id = `a${String(i).padStart(12, '0')}`;
    let text = generateDraft(1_500, 1000 + i);
    const versions = [];
    for (let n = 1; n <= 5; n++) {
      versions.push({ n, text, format: 'paste' as const, createdAt: '2026-11-30T09:00:00.000Z', sha256: '' });
      text = reviseDraft(text, 0.05, n + i);
    }
    const claims: Claim[] = base.article.claims.map((c, k) => ({
      ...c,
      id: `${id}-c${String(k).padStart(10, '0')}`,
      anchor: { ...c.anchor, version: 5 },
      status: rng() < 0.5 ? 'verified' : c.status,
    }));
    const article: Article = { ...base.article, id, title: `Investigation ${i + 1}`, versions, claims };
    writeFileSync(
      join(dir, 'articles', `${id}.json`),
      JSON.stringify({ schemaVersion: ARTICLE_SCHEMA_VERSION, article }),
    );
    summaries.push(summarize(article));
    ids.push(id);
    claimIds.push(claims.map((c) => c.id));
  }
  const library = {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    articles: summaries,
    sources: base.sources,
    settings: { editorName: 'Bench' },
  };
  writeFileSync(join(dir, 'library.json'), JSON.stringify(library));
  return { ids, claimIds };
}
