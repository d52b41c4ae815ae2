import { CLAIM_KINDS, EVIDENCE_RELATIONS, type Claim, type ClaimStatus } from '../../src/shared/model';
import type { DiskState } from './disk-state';
import { planned, type PlannedOperation } from './planned-operation';
import { Expectations } from './expectations';
import { attachFile, backUp, createSource, updateSettings, updateSource } from './library-operations';
import type { Random } from './random';
import { evidenceValue, isListed, keys } from './stored-keys';

/**
 * Statuses the core allows with a note and no particular evidence: the workload cannot know which
 * evidence is stored when a write is cut short, and verified needs a supporting source.
 */
const RULE_FREE_STATUSES: readonly ClaimStatus[] = ['unchecked', 'in-progress', 'disputed', 'false', 'unverifiable'];

/** Every article starts as this draft; later versions only append to it, so claims stay anchored. */
const DRAFT =
  'The ferry carried 1.2 million people last year. Fares rose 12 percent in March. ' +
  'The mayor said the service would expand. Ridership fell by a third during the storm.';

/** Claim spans: the draft's sentences. */
const SENTENCES = [...DRAFT.matchAll(/[^.]+\./g)].map((m) => ({
  start: m.index + (m[0].length - m[0].trimStart().length),
  end: m.index + m[0].length,
}));

const LIMITS = { articles: 6, claimsPerArticle: 6, sources: 10, evidencePerClaim: 4 };

interface KnownArticle {
  id: string;
  /** A deletion was sent: nothing more is sent for this article or its claims. */
  deleting: boolean;
  claims: string[];
}

interface KnownClaim {
  id: string;
  articleId: string;
  /** Excerpt → evidence id, for links whose addition was acknowledged and not yet sent for removal. */
  evidence: Map<string, string>;
}

/**
 * The random editor: plans operations on records the core has acknowledged, and keeps what each
 * stored value may be (`expectations`). Only acknowledged records are used, so no operation depends
 * on one that may have been lost in a crash.
 */
export class Workload {
  readonly expectations = new Expectations();
  private readonly articles = new Map<string, KnownArticle>();
  private readonly claims = new Map<string, KnownClaim>();
  private readonly sources = new Set<string>();
  private seq = 0;

  constructor(private readonly rng: Random) {}

  knownArticles(): string[] {
    return [...this.articles.keys()];
  }

  private liveArticles(): KnownArticle[] {
    return [...this.articles.values()].filter((a) => !a.deleting);
  }

  private liveClaims(): KnownClaim[] {
    return [...this.claims.values()].filter((c) => !this.articles.get(c.articleId)?.deleting);
  }

  private options(): { weight: number; plan: (seq: number) => PlannedOperation }[] {
    const articles = this.liveArticles();
    const claims = this.liveClaims();
    const sources = [...this.sources];
    const withRoom = articles.filter((a) => a.claims.length < LIMITS.claimsPerArticle);
    const linkable = claims.filter((c) => c.evidence.size < LIMITS.evidencePerClaim);
    const linked = claims.filter((c) => c.evidence.size > 0);
    return [
      { weight: articles.length < LIMITS.articles ? 3 : 0, plan: (seq) => this.createArticle(seq) },
      { weight: articles.length ? 3 : 0, plan: (seq) => this.renameArticle(seq, this.rng.pick(articles)) },
      { weight: articles.length > 3 ? 1 : 0, plan: (seq) => this.deleteArticle(seq, this.rng.pick(articles)) },
      { weight: articles.length ? 2 : 0, plan: (seq) => this.addVersion(seq, this.rng.pick(articles)) },
      { weight: withRoom.length ? 5 : 0, plan: (seq) => this.createClaim(seq, this.rng.pick(withRoom)) },
      { weight: claims.length ? 12 : 0, plan: (seq) => this.setStatus(seq, this.rng.pick(claims)) },
      { weight: claims.length ? 6 : 0, plan: (seq) => this.updateClaim(seq, this.rng.pick(claims)) },
      {
        weight: linkable.length && sources.length ? 4 : 0,
        plan: (seq) => this.addEvidence(seq, this.rng.pick(linkable), this.rng.pick(sources)),
      },
      { weight: linked.length ? 3 : 0, plan: (seq) => this.removeEvidence(seq, this.rng.pick(linked)) },
      {
        weight: sources.length < LIMITS.sources ? 2 : 0,
        plan: (seq) => createSource(seq, this.expectations, this.sources),
      },
      { weight: sources.length ? 3 : 0, plan: (seq) => updateSource(seq, this.rng.pick(sources)) },
      { weight: 2, plan: (seq) => updateSettings(seq) },
      { weight: sources.length ? 2 : 0, plan: (seq) => attachFile(seq, this.rng.pick(sources)) },
      { weight: 1, plan: (seq) => backUp(seq) },
    ];
  }

  /** Plans the next operation and records the values it will write as in flight. */
  next(): PlannedOperation {
    const options = this.options().filter((o) => o.weight > 0);
    let roll = this.rng.float() * options.reduce((sum, o) => sum + o.weight, 0);
    const chosen = options.find((o) => (roll -= o.weight) < 0) ?? options.at(-1)!;
    const operation = chosen.plan(++this.seq);
    for (const { key, value } of operation.writes) this.expectations.sent(operation.seq, key, value);
    return operation;
  }

  acknowledged(operation: PlannedOperation, value: unknown): void {
    for (const { key } of operation.writes) this.expectations.acked(operation.seq, key);
    operation.learn?.(value);
  }

  private createArticle(seq: number): PlannedOperation {
    const title = `Article ${seq}`;
    return planned({
      seq,
      method: 'articles.create',
      payload: { title, text: DRAFT },
      writes: [],
      learn: (article) => {
        this.articles.set(article.id, { id: article.id, deleting: false, claims: [] });
        this.expectations.settle(keys.listed(article.id), 'yes');
        this.expectations.settle(keys.title(article.id), article.title);
        this.expectations.settle(keys.versions(article.id), String(article.versions.length));
      },
    });
  }

  private renameArticle(seq: number, article: KnownArticle): PlannedOperation {
    const title = `Title ${seq}`;
    return planned({
      seq,
      method: 'articles.rename',
      payload: { id: article.id, title },
      writes: [{ key: keys.title(article.id), value: title }],
    });
  }

  private deleteArticle(seq: number, article: KnownArticle): PlannedOperation {
    article.deleting = true;
    return planned({
      seq,
      method: 'articles.delete',
      payload: { id: article.id },
      writes: [{ key: keys.listed(article.id), value: 'no' }],
    });
  }

  private addVersion(seq: number, article: KnownArticle): PlannedOperation {
    const count = Number(this.expectations.projected(keys.versions(article.id))) + 1;
    return planned({
      seq,
      method: 'versions.add',
      payload: { articleId: article.id, text: `${DRAFT}\n\nAddendum ${seq}.`, label: `v${count}` },
      writes: [{ key: keys.versions(article.id), value: String(count) }],
    });
  }

  private createClaim(seq: number, article: KnownArticle): PlannedOperation {
    const span = this.rng.pick(SENTENCES);
    return planned({
      seq,
      method: 'claims.create',
      payload: { articleId: article.id, ...span, kind: this.rng.pick(CLAIM_KINDS) },
      writes: [],
      learn: (claim) => {
        this.articles.get(article.id)?.claims.push(claim.id);
        this.claims.set(claim.id, { id: claim.id, articleId: article.id, evidence: new Map() });
        this.settleClaim(claim);
      },
    });
  }

  private setStatus(seq: number, claim: KnownClaim): PlannedOperation {
    const status = this.rng.pick(RULE_FREE_STATUSES);
    return planned({
      seq,
      method: 'claims.setStatus',
      // The note lets false and disputed through the status rules whatever the evidence is by then.
      payload: { claimId: claim.id, status, note: `Reason ${seq}` },
      writes: [{ key: keys.status(claim.id), value: status }],
    });
  }

  private updateClaim(seq: number, claim: KnownClaim): PlannedOperation {
    const kind = this.rng.pick(CLAIM_KINDS);
    const notes = `Note ${seq}`;
    return planned({
      seq,
      method: 'claims.update',
      payload: { claimId: claim.id, kind, notes },
      writes: [
        { key: keys.kind(claim.id), value: kind },
        { key: keys.notes(claim.id), value: notes },
      ],
    });
  }

  private projectedExcerpts(claim: KnownClaim): string[] {
    const value = this.expectations.projected(keys.evidence(claim.id)) ?? '';
    return value ? value.split('|') : [];
  }

  private addEvidence(seq: number, claim: KnownClaim, sourceId: string): PlannedOperation {
    const excerpt = `x${seq}`;
    return planned({
      seq,
      method: 'claims.addEvidence',
      payload: { claimId: claim.id, sourceId, relation: this.rng.pick(EVIDENCE_RELATIONS), excerpt },
      writes: [{ key: keys.evidence(claim.id), value: evidenceValue([...this.projectedExcerpts(claim), excerpt]) }],
      learn: (value) => {
        const added = value.evidence.find((e) => e.excerpt === excerpt);
        if (added) claim.evidence.set(excerpt, added.id);
      },
    });
  }

  private removeEvidence(seq: number, claim: KnownClaim): PlannedOperation {
    const [excerpt, evidenceId] = this.rng.pick([...claim.evidence]);
    claim.evidence.delete(excerpt);
    return planned({
      seq,
      method: 'claims.removeEvidence',
      payload: { claimId: claim.id, evidenceId },
      writes: [
        {
          key: keys.evidence(claim.id),
          value: evidenceValue(this.projectedExcerpts(claim).filter((e) => e !== excerpt)),
        },
      ],
    });
  }

  private settleClaim(claim: Claim): void {
    this.expectations.settle(keys.status(claim.id), claim.status);
    this.expectations.settle(keys.kind(claim.id), claim.kind);
    this.expectations.settle(keys.notes(claim.id), claim.notes);
    this.expectations.settle(keys.evidence(claim.id), evidenceValue(claim.evidence.map((e) => e.excerpt ?? '')));
  }

  /**
   * After a crash, once the files were checked against the expectations: what is on disk is now
   * the truth. In-flight values that landed become settled, lost in-flight ones are dropped, and
   * deleted articles are forgotten.
   */
  adopt(disk: DiskState): void {
    for (const article of [...this.articles.values()]) {
      const file = disk.articles.get(article.id)?.article;
      if (!isListed(disk, article.id) || !file) {
        this.forgetArticle(article);
        continue;
      }
      article.deleting = false;
      this.expectations.settle(keys.listed(article.id), 'yes');
      this.expectations.settle(keys.title(article.id), file.title);
      this.expectations.settle(keys.versions(article.id), String(file.versions.length));
      for (const claimId of [...article.claims]) {
        const claim = file.claims.find((c) => c.id === claimId);
        const known = this.claims.get(claimId);
        if (!claim || !known) {
          // Already reported as lost: reporting it again after every later crash would add nothing.
          this.forgetClaim(article, claimId);
          continue;
        }
        known.evidence = new Map(claim.evidence.map((e) => [e.excerpt ?? '', e.id]));
        this.settleClaim(claim);
      }
    }
    for (const sourceId of this.sources) {
      const title = disk.library?.sources.find((s) => s.id === sourceId)?.title;
      if (title === undefined) {
        this.sources.delete(sourceId);
        this.expectations.forget(keys.sourceTitle(sourceId));
      } else this.expectations.settle(keys.sourceTitle(sourceId), title);
    }
    const editorName = disk.library?.settings.editorName;
    if (editorName !== undefined && this.expectations.allowed(keys.editorName).length) {
      this.expectations.settle(keys.editorName, editorName);
    }
  }

  private forgetArticle(article: KnownArticle): void {
    this.articles.delete(article.id);
    for (const key of [keys.listed, keys.title, keys.versions]) this.expectations.forget(key(article.id));
    for (const claimId of article.claims) this.forgetClaim(article, claimId);
  }

  private forgetClaim(article: KnownArticle, claimId: string): void {
    article.claims = article.claims.filter((id) => id !== claimId);
    this.claims.delete(claimId);
    for (const key of [keys.status, keys.kind, keys.notes, keys.evidence]) this.expectations.forget(key(claimId));
  }
}
