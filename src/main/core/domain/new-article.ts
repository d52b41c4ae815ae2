import type { Article, TextFormat, Version } from '../../../shared/model';
import { newArticleId } from './ids';
import { normalizeText, sha256 } from './text';

export interface NewArticleInput {
  title: string;
  text: string;
  format: TextFormat;
  fileName?: string;
  desk?: string;
  /** What an imported file held beside its text. */
  extras?: Pick<Version, 'comments' | 'links' | 'trackedChanges'>;
}

export function newArticle(input: NewArticleInput, now: string): Article {
  const text = normalizeText(input.text);
  const article: Article = {
    id: newArticleId(),
    title: input.title.trim(),
    createdAt: now,
    updatedAt: now,
    versions: [{ n: 1, text, format: input.format, createdAt: now, sha256: sha256(text) }],
    claims: [],
  };
  if (input.fileName) article.versions[0]!.fileName = input.fileName;
  Object.assign(article.versions[0]!, input.extras ?? {});
  if (input.desk) article.desk = input.desk;
  return article;
}

/** The parts of an imported draft that a version keeps beside its text (empty lists left out). */
export function versionExtras(draft: {
  comments: Version['comments'];
  links: Version['links'];
  trackedChanges?: Version['trackedChanges'];
}): Pick<Version, 'comments' | 'links' | 'trackedChanges'> {
  const extras: Pick<Version, 'comments' | 'links' | 'trackedChanges'> = {};
  if (draft.comments?.length) extras.comments = draft.comments;
  if (draft.links?.length) extras.links = draft.links;
  if (draft.trackedChanges) extras.trackedChanges = draft.trackedChanges;
  return extras;
}
