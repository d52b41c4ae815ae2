import { PAST_MATCH_TOP, type PastCheckMatchesApi } from '../../../shared/api-past-check-matches';
import type { Article, Claim, Source } from '../../../shared/model';
import type { PastCheck } from '../../../shared/past-checks';
import { AppError } from '../app-error';
import { addEvidence, recordMatchRejected, rejectedMatches } from '../domain/claim-changes';
import { assertAppendOnly, historySnapshot } from '../domain/history-guard';
import { articleIdOfClaim, newEvidenceId, newSourceId } from '../domain/ids';
import { actorFor, type CoreContext, type Handlers } from '../handlers/context';
import type { ArchiveMatcher, FoundMatch } from './archive-matcher';
import { existingSourceFor, matchExcerpt, sourceFieldsFor } from './match-source';
import { MatchCounts, skippedFor } from './match-counts';

type MatchHandlers = Pick<Handlers, keyof PastCheckMatchesApi>;

const noClaim = (claimId: string): AppError => new AppError('NOT_FOUND', `There is no claim with id ${claimId}.`);

const asOutput = ({ pastCheck, score, reasons }: FoundMatch) => ({ pastCheck, score, reasons });

/** Whether the claim cites the fact-check's source as context already. */
function cites(claim: Claim, source: Source | undefined): boolean {
  return source !== undefined && claim.evidence.some((e) => e.sourceId === source.id && e.relation === 'context');
}

/**
 * "Have we checked this before?": past fact-checks like a claim or sentence, their counts per
 * article, and the checker's answer to a match (context evidence, or remembered as not the same).
 */
export function pastCheckMatchHandlers(context: CoreContext, matcher: ArchiveMatcher): MatchHandlers {
  const { store } = context;
  const counts = new MatchCounts();

  async function articleOf(claimId: string): Promise<{ article: Article; claim: Claim }> {
    const articleId = articleIdOfClaim(claimId);
    if (!articleId || !store.listArticles().some((a) => a.id === articleId)) throw noClaim(claimId);
    const article = await store.getArticle(articleId);
    const claim = article.claims.find((c) => c.id === claimId);
    if (!claim) throw noClaim(claimId);
    return { article, claim };
  }

  async function pastCheckFor(claimId: string, pastCheckId: string): Promise<{ claim: Claim; check: PastCheck }> {
    const { claim } = await articleOf(claimId);
    const check = (await matcher.snapshot()).find(pastCheckId);
    if (!check) throw new AppError('NOT_FOUND', `There is no past fact-check ${pastCheckId} in the archive.`);
    if (check.claimId === claimId) {
      throw new AppError('INVALID_INPUT', 'A claim cannot be matched with its own verdict. Nothing was changed.');
    }
    return { claim, check };
  }

  /** Runs `change` on the claim in its article file, with the history guard every claim change passes. */
  function onClaim(claimId: string, what: string, change: (claim: Claim) => void): Promise<Claim> {
    return store.updateArticle(
      articleIdOfClaim(claimId)!,
      (article) => {
        const claim = article.claims.find((c) => c.id === claimId);
        if (!claim) throw noClaim(claimId);
        const before = historySnapshot(claim.history);
        change(claim);
        assertAppendOnly(before, claim.history);
        article.updatedAt = context.now();
        return claim;
      },
      what,
      (article) => ({ ...article, claims: article.claims.map((c) => (c.id === claimId ? structuredClone(c) : c)) }),
    );
  }

  /** The fact-check's source in the library, created when there is none yet. */
  async function sourceFor(check: PastCheck): Promise<Source> {
    const existing = existingSourceFor(store.listSources(), check);
    if (existing) return existing;
    return store.updateLibrary((library) => {
      const again = existingSourceFor(library.sources, check);
      if (again) return again;
      const at = context.now();
      const source: Source = { id: newSourceId(), ...sourceFieldsFor(check), createdAt: at, updatedAt: at };
      library.sources.push(source);
      return source;
    }, 'the source for the earlier fact-check');
  }

  return {
    'claims.pastMatches': async ({ claimId, top }) => {
      const { claim } = await articleOf(claimId);
      const snapshot = await matcher.snapshot();
      const sources = store.listSources();
      return snapshot
        .match(claim.anchor.exact, { top: top ?? PAST_MATCH_TOP.default, skip: skippedFor(claim) })
        .map((found) => ({
          ...asOutput(found),
          ...(cites(claim, existingSourceFor(sources, found.pastCheck)) ? { confirmed: true as const } : {}),
        }));
    },
    'articles.pastMatchCounts': async ({ articleId }) => {
      if (!store.listArticles().some((a) => a.id === articleId)) {
        throw new AppError('NOT_FOUND', `There is no article with id ${articleId}.`);
      }
      const article = await store.getArticle(articleId);
      return counts.of(article.claims, await matcher.snapshot());
    },
    'pastChecks.matchText': async ({ text, top }) =>
      (await matcher.snapshot()).match(text, { top: top ?? PAST_MATCH_TOP.default, skip: new Set() }).map(asOutput),
    'claims.confirmMatch': async ({ claimId, pastCheckId, note }) => {
      const { claim, check } = await pastCheckFor(claimId, pastCheckId);
      if (cites(claim, existingSourceFor(store.listSources(), check))) return claim;
      store.assertWritable('the confirmed match');
      const source = await sourceFor(check);
      return onClaim(claimId, 'the confirmed match', (draft) => {
        const who = { ...actorFor(context), ...(note?.trim() ? { note: note.trim() } : {}) };
        const evidence = {
          id: newEvidenceId(),
          sourceId: source.id,
          relation: 'context' as const,
          excerpt: matchExcerpt(check),
          addedAt: who.at,
          addedBy: who.by,
        };
        addEvidence(draft, evidence, who, `context: ${source.title}`);
      });
    },
    'claims.rejectMatch': async ({ claimId, pastCheckId, note }) => {
      const { claim } = await pastCheckFor(claimId, pastCheckId);
      if (rejectedMatches(claim).has(pastCheckId)) return claim;
      return onClaim(claimId, 'the rejected match', (draft) => {
        const who = { ...actorFor(context), ...(note?.trim() ? { note: note.trim() } : {}) };
        recordMatchRejected(draft, who, pastCheckId);
      });
    },
  };
}
