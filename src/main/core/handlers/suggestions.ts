import type { Article, Suggestion } from '../../../shared/model';
import { AppError } from '../app-error';
import { anchorSpan } from '../domain/anchor';
import { addClaim, type Actor } from '../domain/claim-changes';
import { DeskCache } from '../domain/suggest/desk-cache';
import { shippedModel } from '../domain/suggest/model-file';
import { currentVersion } from '../domain/summary';
import { actorFor, type CoreContext, type Handlers } from './context';

type SuggestionHandlers = Pick<
  Handlers,
  'suggestions.list' | 'suggestions.accept' | 'suggestions.dismiss' | 'suggestions.resetLearning'
>;

/** Offsets always index the current version: a suggestion from an earlier one would land elsewhere. */
function mustBeCurrent(article: Article, version: number): void {
  const current = currentVersion(article).n;
  if (version !== current) {
    throw new AppError(
      'NOT_CURRENT_VERSION',
      `Suggestions of version ${version} cannot be accepted or dismissed: version ${current} is current.`,
    );
  }
}

export function suggestionHandlers(context: CoreContext): SuggestionHandlers {
  const { store, now, runTextJob } = context;
  const actor = (): Actor => actorFor(context);
  const desks = new DeskCache(store);
  return {
    'suggestions.list': async ({ articleId, version }) => {
      const article = await store.getArticle(articleId);
      const n = version ?? currentVersion(article).n;
      const shown = article.versions.find((v) => v.n === n);
      if (!shown) throw new AppError('NOT_FOUND', `Article ${articleId} has no version ${n}.`);
      const previous = article.versions.find((v) => v.n === n - 1);
      const { deskLearning, deskLearningSince } = store.settings();
      // The desk's adaptation is fitted here, where the library is; the scoring itself may run in the
      // worker, which loads the shipped model on its own.
      // Off unless switched on: fitting the desk's correction reads every article in the library.
      const desk = deskLearning === true ? await desks.desk(shippedModel(), deskLearningSince) : undefined;
      return (await runTextJob({
        kind: 'suggest',
        text: shown.text,
        context: {
          ...(desk ? { desk } : {}),
          claims: article.claims.filter((c) => c.anchor.version === n).map((c) => c.anchor),
          dismissed: new Set(article.dismissedSuggestions ?? []),
          ...(previous ? { previous: previous.text } : {}),
        },
      })) as Suggestion[];
    },

    'suggestions.accept': ({ articleId, version, spans }) =>
      store.updateArticle(
        articleId,
        (article) => {
          mustBeCurrent(article, version);
          const who = actor();
          return spans.map(({ start, end, kind }) => addClaim(article, start, end, kind ?? 'other', 'suggested', who));
        },
        'the new claims',
      ),

    'suggestions.dismiss': ({ articleId, version, start, end }) =>
      store.updateArticle(
        articleId,
        (article) => {
          mustBeCurrent(article, version);
          const current = currentVersion(article);
          const { exact } = anchorSpan(current.text, current.n, start, end);
          article.dismissedSuggestions = [...new Set([...(article.dismissedSuggestions ?? []), exact])];
          return { text: exact };
        },
        'the dismissal',
      ),

    'suggestions.resetLearning': () =>
      store.updateLibrary((library) => {
        library.settings.deskLearningSince = now();
        return library.settings;
      }, 'the settings'),
  };
}
