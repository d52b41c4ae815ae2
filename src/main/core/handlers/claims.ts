import type { Article, Claim } from '../../../shared/model';
import { AppError } from '../app-error';
import { anchorSpan } from '../domain/anchor';
import {
  changeAssignee,
  changeKind,
  changeStatus,
  addClaim,
  recordAnchor,
  recordEvidence,
  sortClaims,
  type Actor,
} from '../domain/claim-changes';
import { articleIdOfClaim, newEvidenceId } from '../domain/ids';
import { currentVersion } from '../domain/summary';
import type { CoreContext, Handlers } from './context';

type ClaimHandlers = Pick<
  Handlers,
  | 'claims.create'
  | 'claims.update'
  | 'claims.setStatus'
  | 'claims.reattach'
  | 'claims.delete'
  | 'claims.addEvidence'
  | 'claims.removeEvidence'
>;

function notFound(claimId: string): AppError {
  return new AppError('NOT_FOUND', `There is no claim with id ${claimId}.`);
}

function findClaim(article: Article, claimId: string): Claim {
  const claim = article.claims.find((c) => c.id === claimId);
  if (!claim) throw notFound(claimId);
  return claim;
}

export function claimHandlers({ store, now }: CoreContext): ClaimHandlers {
  const actor = (): Actor => ({ by: store.settings().editorName, at: now() });

  /**
   * Runs `change` on the claim inside its article's file, and stores the article. Only that claim
   * and the list of claims are copied: on a 2,000-claim article, copying all of them would cost
   * more than the write.
   */
  function onClaim<T>(claimId: string, what: string, change: (claim: Claim, article: Article) => T): Promise<T> {
    const articleId = articleIdOfClaim(claimId);
    if (!articleId || !store.listArticles().some((a) => a.id === articleId)) return Promise.reject(notFound(claimId));
    return store.updateArticle(
      articleId,
      (article) => {
        const result = change(findClaim(article, claimId), article);
        article.updatedAt = now();
        return result;
      },
      what,
      (article) => ({ ...article, claims: article.claims.map((c) => (c.id === claimId ? structuredClone(c) : c)) }),
    );
  }

  return {
    'claims.create': ({ articleId, start, end, kind }) =>
      store.updateArticle(
        articleId,
        (article) => addClaim(article, start, end, kind ?? 'other', 'manual', actor()),
        'the new claim',
      ),

    'claims.update': ({ claimId, kind, notes, assignee }) =>
      onClaim(claimId, 'the claim', (claim) => {
        const who = actor();
        if (kind !== undefined) changeKind(claim, kind, who);
        if (assignee !== undefined) changeAssignee(claim, assignee, who);
        if (notes !== undefined && notes !== claim.notes) {
          claim.notes = notes;
          claim.updatedAt = who.at;
        }
        return claim;
      }),

    'claims.setStatus': ({ claimId, status, note }) =>
      onClaim(claimId, 'the status', (claim) => {
        if (claim.status !== status || note?.trim()) changeStatus(claim, status, actor(), note);
        return claim;
      }),

    'claims.reattach': ({ claimId, start, end }) =>
      onClaim(claimId, 'the re-attachment', (claim, article) => {
        const version = currentVersion(article);
        const before = claim.anchor.exact;
        claim.anchor = anchorSpan(version.text, version.n, start, end);
        claim.anchorState = 'current';
        delete claim.anchorConfidence;
        recordAnchor(claim, actor(), before, claim.anchor.exact, `Re-attached by hand in version ${version.n}.`);
        sortClaims(article);
        return claim;
      }),

    'claims.delete': async ({ claimId }) => {
      await onClaim(claimId, 'the deletion', (claim, article) => {
        article.claims = article.claims.filter((c) => c !== claim);
      });
      return { claimId };
    },

    'claims.addEvidence': ({ claimId, sourceId, relation, excerpt, locator }) => {
      const source = store.listSources().find((s) => s.id === sourceId);
      if (!source) return Promise.reject(new AppError('NOT_FOUND', `There is no source with id ${sourceId}.`));
      return onClaim(claimId, 'the evidence', (claim) => {
        const who = actor();
        const evidence: Claim['evidence'][number] = {
          id: newEvidenceId(),
          sourceId,
          relation,
          addedAt: who.at,
          addedBy: who.by,
        };
        if (excerpt?.trim()) evidence.excerpt = excerpt.trim();
        if (locator?.trim()) evidence.locator = locator.trim();
        claim.evidence.push(evidence);
        recordEvidence(claim, who, 'evidence-added', `${relation}: ${source.title}`);
        return claim;
      });
    },

    'claims.removeEvidence': ({ claimId, evidenceId }) =>
      onClaim(claimId, 'the removal', (claim) => {
        const evidence = claim.evidence.find((e) => e.id === evidenceId);
        if (!evidence) throw new AppError('NOT_FOUND', `Claim ${claimId} has no evidence ${evidenceId}.`);
        const title = store.listSources().find((s) => s.id === evidence.sourceId)?.title ?? evidence.sourceId;
        claim.evidence = claim.evidence.filter((e) => e !== evidence);
        recordEvidence(claim, actor(), 'evidence-removed', `${evidence.relation}: ${title}`);
        return claim;
      }),
  };
}
