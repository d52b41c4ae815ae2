import { z } from 'zod';
import type { Article, Claim, Source } from '../../../../shared/model';
import { stripBidiControls } from '../../../../shared/bidi';
import { isWebUrl } from '../../../../shared/urls';
import { AppError } from '../../app-error';
import { jsonShapeProblem } from '../../json-shape';
import { recordProblem } from '../record-integrity';
import { articleSchema, sourceSchema } from '../../store/file-schemas';

export const RECORD_FORMAT = 'fact-check-workbench/article';
/**
 * 2 may hold the article's trash (`trashedClaims`). An older app, which reads only 1, refuses it
 * rather than import the article without its deleted claims and their history.
 */
export const RECORD_VERSION = 2;

const recordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  schemaVersion: z.union([z.literal(1), z.literal(RECORD_VERSION)]),
  exportedAt: z.string(),
  article: articleSchema,
  sources: z.array(sourceSchema),
});

export interface ArticleRecord {
  article: Article;
  sources: Source[];
}

/** The full article record with the sources it cites: a versioned, lossless JSON export. */
export function renderArticleRecord(article: Article, sources: readonly Source[], now: string): string {
  const claims = [...article.claims, ...(article.trashedClaims ?? [])];
  const cited = new Set(claims.flatMap((c) => c.evidence.map((e) => e.sourceId)));
  const record = {
    format: RECORD_FORMAT,
    schemaVersion: RECORD_VERSION,
    exportedAt: now,
    article,
    sources: sources.filter((s) => cited.has(s.id)),
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

export function parseArticleRecord(json: string): ArticleRecord {
  const shape = jsonShapeProblem(json);
  if (shape) throw new AppError('TOO_LARGE', `The file cannot be imported: ${shape}, more than any export holds.`);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AppError('CORRUPT_FILE', 'The file is not valid JSON, so it is not a workbench export.');
  }
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError(
      'CORRUPT_FILE',
      `The file is not a Fact-Check Workbench article export (${first?.path.join('.') || 'format'}: ${first?.message ?? 'unexpected content'}).`,
    );
  }
  const { article, sources } = parsed.data;
  // Ids become file names and carry their article's id; every field is held to the API's limits.
  const problem =
    recordProblem(article, sources) ??
    (sources.find((x) => x.url !== undefined && !isWebUrl(x.url)) &&
      'a source has an address that is not a web address.');
  if (problem) throw new AppError('INVALID_INPUT', `The export cannot be imported: ${problem}`);
  return { article: withNamesCleaned(article), sources: sources.map(sourceNamesCleaned) };
}

/** Drops direction controls from the one-line fields the API cleans the same way (names, labels). */
function cleaned<T extends object>(record: T, keys: readonly (keyof T)[]): T {
  const copy = { ...record };
  for (const key of keys) {
    const value = copy[key];
    if (typeof value === 'string') copy[key] = stripBidiControls(value) as T[keyof T];
  }
  return copy;
}

function claimNamesCleaned<C extends Claim>(claim: C): C {
  return { ...cleaned(claim, ['verdict', 'assignee']), evidence: claim.evidence.map((e) => cleaned(e, ['locator'])) };
}

function withNamesCleaned(article: Article): Article {
  const names: Article = {
    ...cleaned(article, ['title', 'desk', 'author']),
    versions: article.versions.map((v) => cleaned(v, ['label', 'fileName'])),
    claims: article.claims.map(claimNamesCleaned),
  };
  if (article.trashedClaims) names.trashedClaims = article.trashedClaims.map(claimNamesCleaned);
  return names;
}

function sourceNamesCleaned(source: Source): Source {
  const names = cleaned(source, ['title', 'author', 'publisher', 'date', 'accessedAt', 'citation']);
  return source.attachments
    ? { ...names, attachments: source.attachments.map((a) => cleaned(a, ['fileName'])) }
    : names;
}
