import type { Article } from '../../src/shared/model';

/**
 * What machine A was told was saved: articles, claims and, per claim, the number of the last notes
 * write acknowledged (notes read `w<number>`). A write cut short by a kill may or may not be there;
 * an acknowledged one must be, on A after its restart and on B once synced.
 */
export class Ledger {
  readonly articles = new Set<string>();
  readonly claims = new Map<string, { articleId: string; notes: number }>();
  acked = 0;

  noteArticle(id: string): void {
    this.articles.add(id);
    this.acked++;
  }

  noteClaim(articleId: string, claimId: string): void {
    this.claims.set(claimId, { articleId, notes: -1 });
    this.acked++;
  }

  noteNotes(claimId: string, n: number): void {
    const claim = this.claims.get(claimId);
    if (claim) claim.notes = Math.max(claim.notes, n);
    this.acked++;
  }

  /** What is missing from a machine's articles (an empty list: everything acknowledged is there). */
  missing(articles: Map<string, Article>, exactNotes?: Map<string, string>): string[] {
    const problems: string[] = [];
    for (const id of this.articles) if (!articles.has(id)) problems.push(`article ${id} is missing`);
    for (const [claimId, { articleId, notes }] of this.claims) {
      const claim = articles.get(articleId)?.claims.find((c) => c.id === claimId);
      if (!claim) {
        problems.push(`claim ${claimId} is missing`);
        continue;
      }
      const seen = /^w(\d+)$/.exec(claim.notes)?.[1];
      if (notes >= 0 && (seen === undefined || Number(seen) < notes))
        problems.push(`claim ${claimId} has notes "${claim.notes}", older than the acknowledged w${notes}`);
      const expected = exactNotes?.get(claimId);
      if (expected !== undefined && claim.notes !== expected)
        problems.push(`claim ${claimId} has notes "${claim.notes}", not "${expected}" as on the machine that wrote it`);
    }
    return problems;
  }
}
