import type { Article, TextFormat } from '../../../shared/model';
import { newArticleId } from './ids';
import { normalizeText, sha256 } from './text';

export interface NewArticleInput {
  title: string;
  text: string;
  format: TextFormat;
  fileName?: string;
  desk?: string;
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
  if (input.desk) article.desk = input.desk;
  return article;
}
