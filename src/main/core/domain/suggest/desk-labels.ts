import type { Article } from '../../../../shared/model';
import type { DeskExample } from './adapt';
import type { CheckworthinessModel } from './model-file';
import { vectorsOf } from './score';
import { segmentSentences } from './sentences';

/**
 * The labels an article gives the desk: every sentence a claim covers (tagged by hand or accepted
 * from the suggestions) is check-worthy, every dismissed suggestion is not. After a reset to the
 * shipped model (`since`), only claims created since count, and dismissals only in articles changed
 * since (dismissals carry no time of their own).
 */
export function deskExamples(article: Article, model: CheckworthinessModel, since?: string): DeskExample[] {
  const claims = article.claims.filter((c) => !since || c.createdAt > since);
  const dismissed = !since || article.updatedAt > since ? new Set(article.dismissedSuggestions ?? []) : new Set();
  const current = article.versions[article.versions.length - 1]?.n;
  const examples: DeskExample[] = [];
  for (const version of article.versions) {
    const anchors = claims.filter((c) => c.anchor.version === version.n).map((c) => c.anchor);
    const dismissals = version.n === current ? dismissed : new Set();
    if (anchors.length === 0 && dismissals.size === 0) continue;
    const spans = segmentSentences(version.text);
    const sentences = spans.map(({ start, end }) => version.text.slice(start, end));
    const vectors = vectorsOf(sentences, model);
    spans.forEach(({ start, end }, i) => {
      if (anchors.some((a) => a.start < end && a.end > start)) examples.push({ vector: vectors[i]!, label: 1 });
      else if (dismissals.has(sentences[i]!)) examples.push({ vector: vectors[i]!, label: 0 });
    });
  }
  return examples;
}
