import type { QueryClient } from '@tanstack/react-query';
import type { ArticleSummary } from '../../../shared/model';
import type { CoreChange } from '../../../shared/events';
import { keyFor } from './queries';

const LIST_KEY = keyFor('articles.list', {});

/** The list entry, shaped as `articles.list` answers it (newest change first, without `sourceIds`). */
function upsertSummary(list: ArticleSummary[] | undefined, summary: ArticleSummary): ArticleSummary[] | undefined {
  if (!list) return list;
  const entry = { ...summary };
  delete entry.sourceIds;
  return [entry, ...list.filter((a) => a.id !== summary.id)].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The desk's sync state and conflicts: a claim's change may add a waiting change, or bring or settle a conflict. */
function invalidateSync(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: ['sync.status'] });
  void client.invalidateQueries({ queryKey: ['sync.conflicts'] });
}

/** What an article's change may have changed besides the article itself. */
function invalidateDerived(client: QueryClient, articleId: string): void {
  // The suggestions shown are filtered by the article's own claims and dismissals, which come with
  // the article: the list is only marked stale, and read again when next shown.
  void client.invalidateQueries({ queryKey: ['suggestions.list', articleId], refetchType: 'none' });
  void client.invalidateQueries({ queryKey: ['versions.compare', articleId] });
  void client.invalidateQueries({ queryKey: ['versions.claimPlaces', articleId] });
  void client.invalidateQueries({ queryKey: ['reports.preview', articleId] });
  void client.invalidateQueries({ queryKey: ['search.query'] });
  // Citations show the claims' words and statuses; usage counts the citing articles.
  void client.invalidateQueries({ queryKey: ['sources.get'] });
  void client.invalidateQueries({ queryKey: ['sources.usage'] });
  void client.invalidateQueries({ queryKey: ['claims.sourceCheck'] });
  invalidatePastChecks(client);
  invalidateSync(client);
}

/** The archive of past fact-checks, which lists the desk's settled claims beside the imported ones. */
function invalidatePastChecks(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: ['pastChecks.list'] });
  void client.invalidateQueries({ queryKey: ['pastChecks.get'] });
  void client.invalidateQueries({ queryKey: ['pastChecks.mapping'] });
  // Matches: a new import, a settled claim or a rejected match changes them.
  void client.invalidateQueries({ queryKey: ['claims.pastMatches'] });
  void client.invalidateQueries({ queryKey: ['articles.pastMatchCounts'] });
  void client.invalidateQueries({ queryKey: ['pastChecks.matchText'] });
}

/** Which attached files have text, and what "Find in sources" finds in them. */
function invalidateSourceText(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: ['sources.textStatus'] });
  void client.invalidateQueries({ queryKey: ['sources.findText'] });
  // An attachment added, taken away or read changes what the excerpts are checked against.
  void client.invalidateQueries({ queryKey: ['claims.sourceCheck'] });
}

function dropArticle(client: QueryClient, articleId: string): void {
  client.setQueryData<ArticleSummary[]>(LIST_KEY, (list) => list?.filter((a) => a.id !== articleId));
  for (const method of [
    'articles.get',
    'suggestions.list',
    'versions.compare',
    'versions.claimPlaces',
    'reports.preview',
  ]) {
    client.removeQueries({ queryKey: [method, articleId] });
  }
  void client.invalidateQueries({ queryKey: ['search.query'] });
  void client.invalidateQueries({ queryKey: ['sources.get'] });
  void client.invalidateQueries({ queryKey: ['sources.usage'] });
  invalidatePastChecks(client);
  invalidateSync(client);
}

/**
 * Brings the query cache up to date with one change the core made durable. This page's own changes
 * (`origin` is its id) do not read their article again: the mutation already put the core's answer
 * in the cache.
 */
export function applyChange(client: QueryClient, change: CoreChange, clientId: string): void {
  switch (change.kind) {
    case 'article':
      client.setQueryData<ArticleSummary[]>(LIST_KEY, (list) => upsertSummary(list, change.summary));
      if (change.origin !== clientId) void client.invalidateQueries({ queryKey: ['articles.get', change.articleId] });
      invalidateDerived(client, change.articleId);
      return;
    case 'article-removed':
      dropArticle(client, change.articleId);
      return;
    case 'sources':
      void client.invalidateQueries({ queryKey: ['sources.list'] });
      void client.invalidateQueries({ queryKey: ['sources.usage'] });
      void client.invalidateQueries({ queryKey: ['sources.get'] });
      void client.invalidateQueries({ queryKey: ['search.query'] });
      invalidateSourceText(client);
      return;
    case 'source-text':
      invalidateSourceText(client);
      return;
    case 'settings':
      void client.invalidateQueries({ queryKey: ['settings.get'] });
      // The desk's own fact-checks carry its organization's name.
      void client.invalidateQueries({ queryKey: ['pastChecks.list'] });
      return;
    case 'past-checks':
      invalidatePastChecks(client);
      return;
    case 'everything':
      void client.invalidateQueries();
      return;
    case 'sync':
      void client.invalidateQueries({ queryKey: ['sync.status'] });
      void client.invalidateQueries({ queryKey: ['sync.conflicts'] });
      return;
  }
}
