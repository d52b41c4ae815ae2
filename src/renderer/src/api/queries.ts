import { queryOptions } from '@tanstack/react-query';
import type { ApiInput, ApiMethod } from '../../../shared/api';
import { call } from './client';

/** The methods that only read: each has one query key, shaped as below. */
export type ReadMethod = Extract<
  ApiMethod,
  | 'articles.list'
  | 'articles.get'
  | 'versions.compare'
  | 'versions.claimPlaces'
  | 'suggestions.list'
  | 'samples.list'
  | 'sources.list'
  | 'sources.usage'
  | 'sources.get'
  | 'sources.textStatus'
  | 'sources.findText'
  | 'search.query'
  | 'settings.get'
  | 'reports.preview'
  | 'backups.list'
  | 'sync.status'
  | 'sync.conflicts'
  | 'claims.pastMatches'
  | 'articles.pastMatchCounts'
  | 'pastChecks.matchText'
  | 'claims.sourceCheck'
>;

/**
 * Query keys mirror the contract: the method's name, then what identifies the answer, article first
 * where there is one, so that `[method, articleId]` covers every answer about that article.
 */
const KEYS: { [M in ReadMethod]: (input: ApiInput<M>) => readonly unknown[] } = {
  'articles.list': () => ['articles.list'],
  'articles.get': ({ id }) => ['articles.get', id],
  'versions.compare': ({ articleId, from, to }) => ['versions.compare', articleId, from, to],
  'versions.claimPlaces': ({ articleId, version }) => ['versions.claimPlaces', articleId, version],
  'suggestions.list': ({ articleId, version }) => ['suggestions.list', articleId, version ?? 'current'],
  'samples.list': () => ['samples.list'],
  'sources.list': () => ['sources.list'],
  'sources.usage': () => ['sources.usage'],
  'sources.get': ({ id }) => ['sources.get', id],
  'sources.textStatus': () => ['sources.textStatus'],
  'sources.findText': ({ query, limit }) => ['sources.findText', query, limit ?? null],
  'search.query': ({ query, limit }) => ['search.query', query, limit ?? null],
  'settings.get': () => ['settings.get'],
  'reports.preview': ({ articleId, options }) => ['reports.preview', articleId, options ?? {}],
  'backups.list': () => ['backups.list'],
  'sync.status': () => ['sync.status'],
  // The desk's conflicts and one article's: `['sync.conflicts']` covers both.
  'sync.conflicts': ({ articleId }) => ['sync.conflicts', articleId ?? 'desk'],
  'claims.pastMatches': ({ claimId, top }) => ['claims.pastMatches', claimId, top ?? null],
  'articles.pastMatchCounts': ({ articleId }) => ['articles.pastMatchCounts', articleId],
  'pastChecks.matchText': ({ text, top }) => ['pastChecks.matchText', text, top ?? null],
  'claims.sourceCheck': ({ claimId }) => ['claims.sourceCheck', claimId],
};

export function keyFor<M extends ReadMethod>(method: M, input: ApiInput<M>): readonly unknown[] {
  return KEYS[method](input);
}

/** The query for one read: its key, and the call that answers it. */
export function queryOptionsFor<M extends ReadMethod>(method: M, input: ApiInput<M>) {
  return queryOptions({ queryKey: keyFor(method, input), queryFn: () => call(method, input) });
}
