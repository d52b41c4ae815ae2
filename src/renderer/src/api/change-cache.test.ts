import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/model';
import { applyChange } from './change-cache';

const ME = 'page-1';

function summary(id: string, updatedAt: string, extra: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    title: `Article ${id}`,
    versionCount: 1,
    claimCount: 0,
    verifiedCount: 0,
    settledCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt,
    ...extra,
  };
}

function cache(): QueryClient {
  const client = new QueryClient();
  client.setQueryData(['articles.list'], [summary('b', '2026-01-03'), summary('a', '2026-01-02')]);
  client.setQueryData(['articles.get', 'a'], { id: 'a' });
  client.setQueryData(['articles.get', 'b'], { id: 'b' });
  client.setQueryData(['suggestions.list', 'a', 1], []);
  client.setQueryData(['versions.compare', 'a', 1, 2], {});
  client.setQueryData(['reports.preview', 'a', {}], { html: '' });
  client.setQueryData(['search.query', 'lead', null], []);
  client.setQueryData(['sources.list'], []);
  client.setQueryData(['sources.usage'], {});
  client.setQueryData(['sources.get', 's1'], {});
  client.setQueryData(['settings.get'], { editorName: 'Ann' });
  client.setQueryData(['sync.status'], { state: 'synced', pending: 0, conflicts: 0, machine: 'm' });
  client.setQueryData(['sync.conflicts', 'desk'], []);
  client.setQueryData(['sync.conflicts', 'a'], []);
  return client;
}

const stale = (client: QueryClient, key: unknown[]): boolean | undefined => client.getQueryState(key)?.isInvalidated;

describe('applyChange', () => {
  it('puts an article’s new list entry in place, newest first, without reading the list', () => {
    const client = cache();
    const entry = summary('a', '2026-01-05', { claimCount: 3, sourceIds: ['s1'] });
    applyChange(client, { kind: 'article', articleId: 'a', summary: entry }, ME);
    const list = client.getQueryData<ArticleSummary[]>(['articles.list'])!;
    expect(list.map((a) => a.id)).toEqual(['a', 'b']);
    expect(list[0]).toMatchObject({ claimCount: 3, updatedAt: '2026-01-05' });
    expect(list[0]).not.toHaveProperty('sourceIds');
    expect(stale(client, ['articles.list'])).toBe(false);
  });

  it('adds an article it has not seen', () => {
    const client = cache();
    applyChange(client, { kind: 'article', articleId: 'c', summary: summary('c', '2026-01-04') }, ME);
    expect(client.getQueryData<ArticleSummary[]>(['articles.list'])!.map((a) => a.id)).toEqual(['c', 'b', 'a']);
  });

  it('reads another client’s changed article again, with what derives from it, and nothing else', () => {
    const client = cache();
    applyChange(client, { kind: 'article', articleId: 'a', summary: summary('a', '2026-01-05'), origin: 'x' }, ME);
    expect(stale(client, ['articles.get', 'a'])).toBe(true);
    expect(stale(client, ['suggestions.list', 'a', 1])).toBe(true);
    expect(stale(client, ['versions.compare', 'a', 1, 2])).toBe(true);
    expect(stale(client, ['reports.preview', 'a', {}])).toBe(true);
    expect(stale(client, ['search.query', 'lead', null])).toBe(true);
    expect(stale(client, ['sources.get', 's1'])).toBe(true);
    expect(stale(client, ['articles.get', 'b'])).toBe(false);
    expect(stale(client, ['sources.list'])).toBe(false);
    expect(stale(client, ['settings.get'])).toBe(false);
  });

  it('does not read this page’s own change to an article again', () => {
    const client = cache();
    applyChange(client, { kind: 'article', articleId: 'a', summary: summary('a', '2026-01-05'), origin: ME }, ME);
    expect(stale(client, ['articles.get', 'a'])).toBe(false);
    expect(stale(client, ['reports.preview', 'a', {}])).toBe(true);
  });

  it('drops a removed article from the list and the cache', () => {
    const client = cache();
    applyChange(client, { kind: 'article-removed', articleId: 'a' }, ME);
    expect(client.getQueryData<ArticleSummary[]>(['articles.list'])!.map((a) => a.id)).toEqual(['b']);
    expect(client.getQueryState(['articles.get', 'a'])).toBeUndefined();
    expect(client.getQueryState(['suggestions.list', 'a', 1])).toBeUndefined();
    expect(client.getQueryState(['articles.get', 'b'])).toBeDefined();
  });

  it('reads the sources, their usage and citations again after a change to the library', () => {
    const client = cache();
    applyChange(client, { kind: 'sources' }, ME);
    expect(stale(client, ['sources.list'])).toBe(true);
    expect(stale(client, ['sources.usage'])).toBe(true);
    expect(stale(client, ['sources.get', 's1'])).toBe(true);
    expect(stale(client, ['articles.get', 'a'])).toBe(false);
  });

  it('reads the settings again, only them, after they changed', () => {
    const client = cache();
    applyChange(client, { kind: 'settings', origin: 'x' }, ME);
    expect(stale(client, ['settings.get'])).toBe(true);
    expect(stale(client, ['sources.list'])).toBe(false);
  });

  it('reads the desk’s sync state and conflicts again when it says they changed, or when a claim did', () => {
    const client = cache();
    applyChange(client, { kind: 'sync' }, ME);
    expect(stale(client, ['sync.status'])).toBe(true);
    expect(stale(client, ['sync.conflicts', 'desk'])).toBe(true);
    expect(stale(client, ['sync.conflicts', 'a'])).toBe(true);
    expect(stale(client, ['articles.get', 'a'])).toBe(false);
    expect(stale(client, ['settings.get'])).toBe(false);

    const after = cache();
    applyChange(after, { kind: 'article', articleId: 'a', summary: summary('a', '2026-01-05'), origin: ME }, ME);
    expect(stale(after, ['sync.conflicts', 'a'])).toBe(true);
    expect(stale(after, ['sync.status'])).toBe(true);
  });

  it('reads everything again after a restore', () => {
    const client = cache();
    applyChange(client, { kind: 'everything' }, ME);
    for (const key of [['articles.list'], ['articles.get', 'b'], ['sources.list'], ['settings.get']]) {
      expect(stale(client, key)).toBe(true);
    }
  });

  it('reads the sync status and conflicts again, only them, when the desk sync changed', () => {
    const client = cache();
    client.setQueryData(['sync.status'], { state: 'pending' });
    client.setQueryData(['sync.conflicts', {}], []);
    applyChange(client, { kind: 'sync' }, ME);
    expect(stale(client, ['sync.status'])).toBe(true);
    expect(stale(client, ['sync.conflicts', {}])).toBe(true);
    expect(stale(client, ['articles.get', 'a'])).toBe(false);
  });

  it('reads the archive of past fact-checks again when it changed, and when a claim (a desk verdict) did', () => {
    const client = cache();
    client.setQueryData(['pastChecks.list', {}], { items: [] });
    client.setQueryData(['pastChecks.mapping'], { entries: [] });
    applyChange(client, { kind: 'past-checks', origin: 'x' }, ME);
    expect(stale(client, ['pastChecks.list', {}])).toBe(true);
    expect(stale(client, ['pastChecks.mapping'])).toBe(true);
    expect(stale(client, ['articles.get', 'a'])).toBe(false);
    expect(stale(client, ['sources.list'])).toBe(false);

    const again = cache();
    again.setQueryData(['pastChecks.list', {}], { items: [] });
    applyChange(again, { kind: 'article', articleId: 'a', summary: summary('a', '2026-01-05'), origin: 'x' }, ME);
    expect(stale(again, ['pastChecks.list', {}])).toBe(true);
  });

  it('reads the matches with past fact-checks again after an import, and after any claim changed', () => {
    const keys = [
      ['claims.pastMatches', 'a-c1', null],
      ['articles.pastMatchCounts', 'b'],
      ['pastChecks.matchText', 'x', 3],
    ];
    for (const change of [
      { kind: 'past-checks' as const },
      { kind: 'article' as const, articleId: 'a', summary: summary('a', '2026-01-05'), origin: ME },
    ]) {
      const client = cache();
      for (const key of keys) client.setQueryData(key, []);
      applyChange(client, change, ME);
      expect(keys.map((key) => stale(client, key))).toEqual([true, true, true]);
    }
  });
});
