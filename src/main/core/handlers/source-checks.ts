import { AppError } from '../app-error';
import { articleIdOfClaim } from '../domain/ids';
import type { CoreContext, Handlers } from './context';

type SourceCheckHandlers = Pick<Handlers, 'claims.sourceCheck'>;

export function sourceCheckHandlers({ store, sourceChecks }: CoreContext): SourceCheckHandlers {
  return {
    'claims.sourceCheck': async ({ claimId }) => {
      const articleId = articleIdOfClaim(claimId);
      const article =
        articleId && store.listArticles().some((a) => a.id === articleId)
          ? await store.getArticle(articleId)
          : undefined;
      const claim = article?.claims.find((c) => c.id === claimId);
      if (!claim) throw new AppError('NOT_FOUND', `There is no claim with id ${claimId}.`);
      return sourceChecks.check(claim);
    },
  };
}
