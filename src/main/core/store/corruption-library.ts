import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../../shared/model';
import { call } from '../call';
import { openCore } from '../open-core';
import { TEST_RESOURCES } from '../test-helpers';
import type { ArticleFile } from './file-schemas';

/** The real library that the corruption tests mutate, built by the core itself. */
export const DRAFT =
  'The ferry carried 1.2 million people last year. Fares rose 12 percent in March.\n\n' +
  'The mayor said the service would expand. Ridership fell by a third during the storm.';

export interface Library {
  dir: string;
  /** The article whose file is mutated: the richest one. */
  target: string;
  others: string[];
  articles: Map<string, Article>;
  libraryBytes: Buffer;
  articleBytes: Buffer;
}

/**
 * A small real library: settings, sources, and three articles with claims, evidence and versions;
 * some text is not ASCII, so that a file re-encoded as Latin-1 is told apart.
 */
export async function buildLibrary(): Promise<Library> {
  const dir = await mkdtemp(join(tmpdir(), 'factcheck-corruption-'));
  const core = await openCore({ dataDir: dir, resources: TEST_RESOURCES });
  await call(core.dispatch, 'settings.update', {
    editorName: 'Rita Reyes',
    importLimitMb: 30,
    claimReview: { organizationName: 'Desk', bestRating: 5, worstRating: 1, verdicts: { verified: { label: 'True' } } },
  });
  const report = await call(core.dispatch, 'sources.create', {
    kind: 'document',
    title: 'Jahresbericht über Fahrgäste',
    url: 'https://example.org/report.pdf',
    publisher: 'Ferry Authority',
    date: '2024-03-01',
  });
  await call(core.dispatch, 'sources.create', {
    kind: 'interview',
    title: 'Call with the mayor',
    notes: 'By phone — 10 min.',
  });
  const rich = await call(core.dispatch, 'articles.create', {
    title: 'Fähre: a “record” year',
    text: DRAFT,
    desk: 'Metro',
  });
  const first = await call(core.dispatch, 'claims.create', { articleId: rich.id, start: 0, end: 47 });
  const second = await call(core.dispatch, 'claims.create', { articleId: rich.id, start: 48, end: 80 });
  await call(core.dispatch, 'claims.update', {
    claimId: second.id,
    kind: 'statistic',
    notes: 'Ask the authority’s press office.',
    assignee: 'Sam',
  });
  await call(core.dispatch, 'claims.addEvidence', {
    claimId: first.id,
    sourceId: report.id,
    relation: 'supports',
    excerpt: '“1,204,311 passengers”',
    locator: 'p. 4',
  });
  await call(core.dispatch, 'claims.setStatus', { claimId: first.id, status: 'verified', note: 'Matches the report.' });
  await call(core.dispatch, 'versions.add', {
    articleId: rich.id,
    text: DRAFT.replace('12 percent', '14 percent'),
    label: 'Edit',
  });
  const others: string[] = [];
  for (const title of ['Budget', 'Storm']) {
    const article = await call(core.dispatch, 'articles.create', { title, text: DRAFT });
    await call(core.dispatch, 'claims.create', { articleId: article.id, start: 81, end: 122 });
    others.push(article.id);
  }
  await core.close();
  const articles = new Map<string, Article>();
  for (const id of [rich.id, ...others]) {
    const file = JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8')) as ArticleFile;
    articles.set(id, file.article);
  }
  const libraryBytes = await readFile(join(dir, 'library.json'));
  return {
    dir,
    target: rich.id,
    others,
    articles,
    libraryBytes,
    articleBytes: await readFile(join(dir, 'articles', `${rich.id}.json`)),
  };
}
