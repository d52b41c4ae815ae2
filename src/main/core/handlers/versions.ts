import type { ApiOutput } from '../../../shared/api';
import type { Article, Comparison, Version } from '../../../shared/model';
import { AppError } from '../app-error';
import { carryClaims } from '../domain/carry-claims';
import { claimPlaces } from '../domain/claim-places';
import { versionExtras } from '../domain/new-article';
import { currentVersion } from '../domain/summary';
import { normalizeText, sha256 } from '../domain/text';
import { headlineOf } from '../import/headline';
import { readUpload } from './upload';
import { actorFor, type CoreContext, type Handlers } from './context';

type VersionHandlers = Pick<Handlers, 'versions.add' | 'versions.import' | 'versions.compare' | 'versions.claimPlaces'>;

interface NewVersion {
  text: string;
  format: Version['format'];
  fileName?: string;
  label?: string;
  /** The file's title: dropped from the text's start when the previous version does not start with it. */
  title?: string;
  extras?: Pick<Version, 'comments' | 'links' | 'trackedChanges'>;
}

function findVersion(article: Article, n: number): Version {
  const version = article.versions.find((v) => v.n === n);
  if (!version)
    throw new AppError('NOT_FOUND', `Article ${article.id} has no version ${n} (it has ${article.versions.length}).`);
  return version;
}

/**
 * A file's headline is dropped as on import, unless the previous version starts with it (an article
 * imported before headlines were dropped): the versions then compare like with like.
 */
function keepShape(text: string, previousText: string, title: string | undefined): string {
  const headline = title === undefined ? null : headlineOf(text, title);
  return headline === null || previousText.startsWith(`${headline}\n\n`) ? text : text.slice(headline.length + 2);
}

export function versionHandlers(context: CoreContext): VersionHandlers {
  const { store, now } = context;
  const compare = async (oldText: string, newText: string): Promise<Comparison> =>
    (await context.runTextJob({ kind: 'compare', oldText, newText })) as Comparison;
  async function addVersion(articleId: string, input: NewVersion): Promise<ApiOutput<'versions.add'>> {
    const normalized = normalizeText(input.text);
    if (normalized.length === 0) throw new AppError('INVALID_INPUT', 'The new version is empty.');
    // Compared before the write, in the worker for a long draft, so that no other call waits on it.
    const base = currentVersion(await store.getArticle(articleId));
    const shaped = keepShape(normalized, base.text, input.title);
    const comparison = await compare(base.text, shaped);
    return store.updateArticle(
      articleId,
      (article) => {
        const previous = currentVersion(article);
        const text = keepShape(normalized, previous.text, input.title);
        const at = now();
        const next: Version = { n: previous.n + 1, text, format: input.format, createdAt: at, sha256: sha256(text) };
        if (input.fileName) next.fileName = input.fileName;
        if (input.label?.trim()) next.label = input.label.trim();
        Object.assign(next, input.extras ?? {});
        const actor = actorFor(context, at);
        // A version added meanwhile makes the comparison stale: then it is made again, here.
        if (previous.sha256 === base.sha256) carryClaims(article, previous, next, actor, comparison);
        else carryClaims(article, previous, next, actor);
        article.versions.push(next);
        article.updatedAt = at;
        return { article, carried: next.carried! };
      },
      'the new version',
    );
  }

  return {
    'versions.add': ({ articleId, text, label }) =>
      addVersion(articleId, label ? { text, format: 'paste', label } : { text, format: 'paste' }),

    'versions.import': async ({ articleId, fileName, dataBase64, label, options }) => {
      const draft = await readUpload(context, { fileName, dataBase64, options });
      return addVersion(articleId, {
        text: draft.text,
        format: draft.format,
        fileName,
        title: draft.title,
        extras: versionExtras(draft),
        ...(label ? { label } : {}),
      });
    },

    'versions.compare': async ({ articleId, from, to }) => {
      const article = await store.getArticle(articleId);
      return compare(findVersion(article, from).text, findVersion(article, to).text);
    },

    'versions.claimPlaces': async ({ articleId, version }) => {
      const article = await store.getArticle(articleId);
      findVersion(article, version);
      return claimPlaces(article, version, async (oldText, newText) => (await compare(oldText, newText)).changes);
    },
  };
}
