import { STATUS_LABELS } from '../../../shared/labels';
import type { Article, Claim } from '../../../shared/model';
import { isSettledStatus, type PastCheck } from '../../../shared/past-checks';
import { readableArticle } from '../handlers/source-citations';
import type { Store } from '../store/store';

/** Archive ids of the desk's claims: the claim's own id behind a prefix imported ids never carry. */
export const DESK_ID_PREFIX = 'desk-';

/** The day the claim took its present status: its last status change, else its last change. */
function settledOn(claim: Claim): string {
  const last = claim.history.findLast((event) => event.change === 'status' && event.to === claim.status);
  return (last?.at ?? claim.updatedAt).slice(0, 10);
}

/** A settled claim of the desk as the archive lists it: its verdict, notes and article, read as they are now. */
export function deskCheck(article: Article, claim: Claim, publisher: string | undefined): PastCheck | undefined {
  if (!isSettledStatus(claim.status)) return undefined;
  const appearance = claim.appearance;
  const claimDate = claim.madeAt ?? appearance?.date;
  return {
    id: `${DESK_ID_PREFIX}${claim.id}`,
    origin: 'desk',
    claim: claim.anchor.exact,
    ...(claim.claimant ? { claimant: claim.claimant.name } : {}),
    ...(appearance?.url || appearance?.publication
      ? {
          appearance: {
            ...(appearance.url ? { url: appearance.url } : {}),
            ...(appearance.publication ? { title: appearance.publication } : {}),
          },
        }
      : {}),
    ...(claimDate ? { claimDate } : {}),
    reviewDate: settledOn(claim),
    ...(publisher ? { publisher } : {}),
    rating: { label: claim.verdict || STATUS_LABELS[claim.status], status: claim.status, mappedBy: 'desk' },
    articleId: article.id,
    articleTitle: article.title,
    claimId: claim.id,
    ...(claim.notes ? { notes: claim.notes } : {}),
  };
}

/**
 * The desk's settled claims, derived from the library on every read and never copied: an
 * article's are read again only when it changed since (its `updatedAt`) or after a restore.
 */
export class DeskChecks {
  private readonly cache = new Map<string, { key: string; checks: PastCheck[] }>();

  constructor(private readonly store: Store) {}

  async list(): Promise<PastCheck[]> {
    const publisher = this.store.settings().claimReview?.organizationName;
    const summaries = this.store.listArticles();
    const all: PastCheck[] = [];
    for (const summary of summaries) {
      const key = `${this.store.generationOf()}:${summary.updatedAt}:${publisher ?? ''}`;
      let entry = this.cache.get(summary.id);
      if (entry?.key !== key) {
        const article = await readableArticle(this.store, summary.id);
        const checks = (article?.claims ?? []).flatMap((claim) => deskCheck(article!, claim, publisher) ?? []);
        entry = { key, checks };
        this.cache.set(summary.id, entry);
      }
      all.push(...entry.checks);
    }
    const listed = new Set(summaries.map((s) => s.id));
    for (const id of this.cache.keys()) if (!listed.has(id)) this.cache.delete(id);
    return all;
  }
}
