import type { Comparison } from '../../../shared/model';
import { AppError } from '../app-error';
import { restoreClaim } from '../domain/claim-trash';
import { compareTexts } from '../domain/compare/compare';
import { assertAppendOnly, historySnapshot } from '../domain/history-guard';
import { articleIdOfClaim } from '../domain/ids';
import type { CoreContext, Handlers } from './context';

type ClaimTrashHandlers = Pick<Handlers, 'claims.restore'>;

const notInTrash = (claimId: string): AppError =>
  new AppError('NOT_FOUND', `There is no claim with id ${claimId} in the article’s trash.`);

/** The article's trash: deleted claims come back from it (claims.delete, in claims.ts, puts them there). */
export function claimTrashHandlers({ store, now, runTextJob }: CoreContext): ClaimTrashHandlers {
  return {
    'claims.restore': async ({ claimId }) => {
      const articleId = articleIdOfClaim(claimId);
      if (!articleId || !store.listArticles().some((a) => a.id === articleId)) throw notInTrash(claimId);
      const stored = await store.getArticle(articleId);
      const trashed = stored.trashedClaims?.find((c) => c.id === claimId);
      if (!trashed) throw notInTrash(claimId);
      // A claim from an earlier version is carried across each later one: compared off the event loop first.
      const comparisons = new Map<string, Comparison>();
      const step = (from: number, to: number): string => `${from}>${to}`;
      if (trashed.anchorState !== 'orphaned') {
        for (const next of stored.versions.filter((v) => v.n > trashed.anchor.version)) {
          const previous = stored.versions[next.n - 2]!;
          const comparison = await runTextJob({ kind: 'compare', oldText: previous.text, newText: next.text });
          comparisons.set(step(previous.n, next.n), comparison as Comparison);
        }
      }
      const sources = new Set(store.listSources().map((s) => s.id));
      return store.updateArticle(
        articleId,
        (article) => {
          const before = article.trashedClaims?.find((c) => c.id === claimId);
          const claim = restoreClaim(article, claimId, {
            actor: { by: store.settings().editorName, at: now() },
            sourceExists: (id) => sources.has(id),
            compare: (previous, next) =>
              comparisons.get(step(previous.n, next.n)) ?? compareTexts(previous.text, next.text),
          });
          assertAppendOnly(historySnapshot(before!.history), claim.history);
          article.updatedAt = now();
          return claim;
        },
        'the restored claim',
        (article) => ({ ...article, claims: [...article.claims] }),
      );
    },
  };
}
