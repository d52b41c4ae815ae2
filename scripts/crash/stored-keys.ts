import { articleIdOfClaim } from '../../src/main/core/domain/ids';
import type { Claim } from '../../src/shared/model';
import type { DiskState } from './disk-state';

/**
 * Every value the harness checks has a key `<record>:<id>:<field>`, and one way to read it from the
 * files. The article list (`listed`) says whether an article exists: only creation and deletion
 * change it, and both write library.json before they are acknowledged.
 */
export const keys = {
  listed: (articleId: string) => `article:${articleId}:listed`,
  title: (articleId: string) => `article:${articleId}:title`,
  versions: (articleId: string) => `article:${articleId}:versions`,
  status: (claimId: string) => `claim:${claimId}:status`,
  kind: (claimId: string) => `claim:${claimId}:kind`,
  notes: (claimId: string) => `claim:${claimId}:notes`,
  evidence: (claimId: string) => `claim:${claimId}:evidence`,
  sourceTitle: (sourceId: string) => `source:${sourceId}:title`,
  editorName: 'settings::editorName',
};

/** A claim's evidence as one comparable value: the excerpts (unique per link), sorted. */
export function evidenceValue(excerpts: Iterable<string>): string {
  return [...excerpts].sort().join('|');
}

const ARTICLE_GONE = Symbol('the article is not listed, so its fields are not checked');
export type StoredValue = string | undefined | typeof ARTICLE_GONE;

export function isArticleGone(value: StoredValue): value is typeof ARTICLE_GONE {
  return value === ARTICLE_GONE;
}

export function isListed(disk: DiskState, articleId: string): boolean {
  return disk.library?.articles.some((a) => a.id === articleId) ?? false;
}

function claimField(claim: Claim, field: string): string | undefined {
  switch (field) {
    case 'status':
      return claim.status;
    case 'kind':
      return claim.kind;
    case 'notes':
      return claim.notes;
    case 'evidence':
      return evidenceValue(claim.evidence.map((e) => e.excerpt ?? ''));
    default:
      throw new Error(`Unknown claim field ${field}.`);
  }
}

/** The value of `key` in the files; undefined when its record is missing. */
export function valueOnDisk(key: string, disk: DiskState): StoredValue {
  const [record, id = '', field = ''] = key.split(':');
  if (record === 'settings') return disk.library?.settings.editorName;
  if (record === 'source') return disk.library?.sources.find((s) => s.id === id)?.title;
  const articleId = record === 'claim' ? articleIdOfClaim(id) : id;
  if (!articleId) throw new Error(`Key ${key} names no article.`);
  if (record === 'article' && field === 'listed') return isListed(disk, articleId) ? 'yes' : 'no';
  if (!isListed(disk, articleId)) return ARTICLE_GONE;
  const article = disk.articles.get(articleId)?.article;
  if (record === 'article') {
    if (field === 'title') return article?.title;
    if (field === 'versions') return article && String(article.versions.length);
    throw new Error(`Unknown article field ${field}.`);
  }
  const claim = article?.claims.find((c) => c.id === id);
  return claim && claimField(claim, field);
}
