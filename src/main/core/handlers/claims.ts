import { STATUS_LABELS } from '../../../shared/labels';
import type { Article, Claim } from '../../../shared/model';
import { AppError } from '../app-error';
import { anchorSpan } from '../domain/anchor';
import {
  addClaim,
  addEvidence,
  changeAppearance,
  changeAssignee,
  changeClaimant,
  changeKind,
  changeMadeAt,
  changeNotes,
  changeStatus,
  changeVerdict,
  recordAnchor,
  removeEvidence,
  sortClaims,
  type Actor,
} from '../domain/claim-changes';
import { trashClaim } from '../domain/claim-trash';
import { undoLastChange } from '../domain/claim-undo';
import { assertAppendOnly, historySnapshot } from '../domain/history-guard';
import { statusRefusal, statusStillBacked } from '../domain/status-rules';
import { articleIdOfClaim, newEvidenceId } from '../domain/ids';
import { currentVersion } from '../domain/summary';
import { actorFor, type CoreContext, type Handlers } from './context';

type ClaimHandlers = Pick<
  Handlers,
  | 'claims.create'
  | 'claims.update'
  | 'claims.setStatus'
  | 'claims.reattach'
  | 'claims.delete'
  | 'claims.addEvidence'
  | 'claims.removeEvidence'
  | 'claims.undo'
>;

function notFound(claimId: string): AppError {
  return new AppError('NOT_FOUND', `There is no claim with id ${claimId}.`);
}

function findClaim(article: Article, claimId: string): Claim {
  const claim = article.claims.find((c) => c.id === claimId);
  if (!claim) throw notFound(claimId);
  return claim;
}

export function claimHandlers(context: CoreContext): ClaimHandlers {
  const { store, now, sourceChecks } = context;
  const actor = (note?: string): Actor => ({
    ...actorFor(context),
    ...(note?.trim() ? { note: note.trim() } : {}),
  });

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
        const claim = findClaim(article, claimId);
        const before = historySnapshot(claim.history);
        const result = change(claim, article);
        assertAppendOnly(before, claim.history);
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

    'claims.update': ({ claimId, kind, notes, assignee, verdict, claimant, appearance, madeAt, note }) =>
      onClaim(claimId, 'the claim', (claim) => {
        const who = actor(note);
        if (kind !== undefined) changeKind(claim, kind, who);
        if (assignee !== undefined) changeAssignee(claim, assignee, who);
        if (verdict !== undefined) changeVerdict(claim, verdict, who);
        if (claimant !== undefined) changeClaimant(claim, claimant, who);
        if (appearance !== undefined) changeAppearance(claim, appearance, who);
        if (madeAt !== undefined) changeMadeAt(claim, madeAt, who);
        // Claims stored before the rules existed may break them already; only a change that breaks one is refused.
        const backed = statusStillBacked(claim);
        if (notes !== undefined) changeNotes(claim, notes, who);
        if (backed && !statusStillBacked(claim)) {
          throw new AppError(
            'STATUS_RULE',
            `The notes are what explains this claim's status, so they cannot be emptied. ${statusRefusal(claim, claim.status)}`,
          );
        }
        return claim;
      }),

    'claims.setStatus': ({ claimId, status, note, verdict }) =>
      onClaim(claimId, 'the status', (claim) => {
        if (claim.status !== status) {
          const refusal = statusRefusal(claim, status, note);
          if (refusal) throw new AppError('STATUS_RULE', refusal);
        }
        const who = actor();
        if (claim.status !== status || note?.trim()) changeStatus(claim, status, who, note);
        if (verdict !== undefined) changeVerdict(claim, verdict, who);
        return claim;
      }),

    'claims.undo': ({ claimId }) =>
      onClaim(claimId, 'the undo', (claim) => {
        const sources = new Set(store.listSources().map((s) => s.id));
        undoLastChange(claim, actor(), (id) => sources.has(id));
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

    'claims.delete': async ({ claimId, reason }) => {
      await onClaim(claimId, 'the deletion', (claim, article) => void trashClaim(article, claim, actor(), reason));
      return { claimId };
    },

    'claims.addEvidence': async ({ claimId, sourceId, relation, excerpt, locator }) => {
      const source = store.listSources().find((s) => s.id === sourceId);
      if (!source) throw new AppError('NOT_FOUND', `There is no source with id ${sourceId}.`);
      // Where the excerpt is in the source's document fills an empty "Where": the page, else the paragraph.
      const found = excerpt?.trim() && !locator?.trim() ? await sourceChecks.locatorFor(sourceId, excerpt) : undefined;
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
        else if (found) evidence.locator = found;
        addEvidence(claim, evidence, who, `${relation}: ${source.title}`);
        return claim;
      });
    },

    'claims.removeEvidence': ({ claimId, evidenceId }) =>
      onClaim(claimId, 'the removal', (claim) => {
        const evidence = claim.evidence.find((e) => e.id === evidenceId);
        if (!evidence) throw new AppError('NOT_FOUND', `Claim ${claimId} has no evidence ${evidenceId}.`);
        const title = store.listSources().find((s) => s.id === evidence.sourceId)?.title ?? evidence.sourceId;
        const backed = statusStillBacked(claim);
        removeEvidence(claim, evidence, actor(), `${evidence.relation}: ${title}`);
        if (backed && !statusStillBacked(claim)) {
          throw new AppError(
            'STATUS_RULE',
            `This source is what backs the claim's status, so it cannot be unlinked while the claim is ${STATUS_LABELS[claim.status]}. Change the status first.`,
          );
        }
        return claim;
      }),
  };
}
