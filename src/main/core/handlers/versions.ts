import type { ApiOutput } from '../../../shared/api';
import type { Article, Comparison, Version } from '../../../shared/model';
import { AppError } from '../app-error';
import { carryClaims } from '../domain/carry-claims';
import { claimPlaces } from '../domain/claim-places';
import { versionExtras } from '../domain/new-article';
import { currentVersion } from '../domain/summary';
import { normalizeText, sha256 } from '../domain/text';
import { readUpload } from './upload';
import type { CoreContext, Handlers } from './context';

type VersionHandlers = Pick<Handlers, 'versions.add' | 'versions.import' | 'versions.compare' | 'versions.claimPlaces'>;

interface NewVersion {
  text: string;
  format: Version['format'];
  fileName?: string;
  label?: string;
  extras?: Pick<Version, 'comments' | 'links' | 'trackedChanges'>;
}

function findVersion(article: Article, n: number): Version {
  const version = article.versions.find((v) => v.n === n);
  if (!version)
    throw new AppError('NOT_FOUND', `Article ${article.id} has no version ${n} (it has ${article.versions.length}).`);
  return version;
}

export function versionHandlers(context: CoreContext): VersionHandlers {
  const { store, now } = context;
  const compare = async (oldText: string, newText: string): Promise<Comparison> =>
    (await context.runTextJob({ kind: 'compare', oldText, newText })) as Comparison;
  async function addVersion(articleId: string, input: NewVersion): Promise<ApiOutput<'versions.add'>> {
    const text = normalizeText(input.text);
    if (text.length === 0) throw new AppError('INVALID_INPUT', 'The new version is empty.');
    // Compared before the write, in the worker for a long draft, so that no other call waits on it.
    const base = currentVersion(await store.getArticle(articleId));
    const comparison = await compare(base.text, text);
    return store.updateArticle(
      articleId,
      (article) => {
        const previous = currentVersion(article);
        const at = now();
        const next: Version = { n: previous.n + 1, text, format: input.format, createdAt: at, sha256: sha256(text) };
        if (input.fileName) next.fileName = input.fileName;
        if (input.label?.trim()) next.label = input.label.trim();
        Object.assign(next, input.extras ?? {});
        const actor = { by: store.settings().editorName, at };
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
