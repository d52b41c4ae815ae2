import {
  citationOf,
  describeHistory,
  KIND_LABELS,
  RELATION_LABELS,
  SOURCE_KIND_LABELS,
  STATUS_LABELS,
} from '../../../../shared/labels';
import {
  CLAIM_STATUSES,
  type Article,
  type Claim,
  type ClaimStatus,
  type CompareStats,
  type EvidenceRelation,
  type NumberChange,
  type Source,
} from '../../../../shared/model';
import { DEFAULT_CLAIM_REVIEW, type ReportOptions } from '../../../../shared/report';
import type { Comparison, Settings } from '../../../../shared/model';
import { isWebUrl } from '../../../../shared/urls';
import { wordingChanges } from '../../../../shared/wording-diff';
import { AppError } from '../../app-error';
import { compareTexts } from '../compare/compare';
import { currentVersion } from '../summary';
import type { ClaimSourceCheck } from '../../../../shared/source-checks';
import { excerptNote, quoteNote, sourceFlags, type ReportQuoteCheck } from './source-check-notes';

export interface ReportEvidence {
  relation: EvidenceRelation;
  relationLabel: string;
  sourceTitle: string;
  citation: string;
  /** Only http(s) addresses; anything else is never offered as a link. */
  url?: string;
  excerpt?: string;
  locator?: string;
  /** Whether the excerpt was found in the source's attached document. */
  check?: string;
}

export interface ReportClaim {
  n: number;
  id: string;
  quote: string;
  kindLabel: string;
  status: ClaimStatus;
  statusLabel: string;
  /** The published verdict for a final status (Settings → ClaimReview). */
  verdict?: string;
  anchorState: Claim['anchorState'];
  notes?: string;
  assignee?: string;
  evidence: ReportEvidence[];
  /** Each revision's change of the claim's wording: only the changed words, old and new. */
  wording: { version: number; before: string; after: string }[];
  history?: { at: string; by: string; text: string; note?: string }[];
  /** A quote compared with the cited sources' documents. */
  quoteCheck?: ReportQuoteCheck;
  /** Why the claim is an open item beyond its status: a quote that differs, excerpts not found. */
  flags?: string[];
}

export interface ReportSource {
  title: string;
  kindLabel: string;
  citation: string;
  url?: string;
  citedBy: number[];
}

export interface ReportModel {
  title: string;
  version: { n: number; label?: string; date: string };
  generatedAt: string;
  checker: string;
  counts: Record<ClaimStatus, number>;
  total: number;
  claims: ReportClaim[];
  openItems?: ReportClaim[];
  changes?: { since: number; stats: CompareStats; numbers: NumberChange[]; affected: ReportClaim[] };
  sources?: ReportSource[];
}

export const safeUrl = (url: string | undefined): string | undefined => (url && isWebUrl(url) ? url.trim() : undefined);

const OPEN: ReadonlySet<ClaimStatus> = new Set(['unchecked', 'in-progress', 'needs-recheck']);

/** Everything a report shows, worked out once; each format only lays it out. */
export function buildReportModel(
  article: Article,
  sources: readonly Source[],
  settings: Settings,
  options: ReportOptions,
  now: string,
  /** The comparison behind `changesSince`, when it was computed beforehand (off the event loop). */
  changes?: Comparison,
  /** Each claim checked against its sources' documents, by claim id. */
  sourceChecks?: ReadonlyMap<string, ClaimSourceCheck>,
): ReportModel {
  const version = currentVersion(article);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const verdicts = (settings.claimReview ?? DEFAULT_CLAIM_REVIEW).verdicts;
  const numbered = article.claims.map((claim, i) => ({ claim, n: i + 1 }));
  const titleOf = (id: string): string => byId.get(id)?.title ?? 'Unknown source';

  const toReport = ({ claim, n }: { claim: Claim; n: number }): ReportClaim => {
    const checks = sourceChecks?.get(claim.id);
    const item: ReportClaim = {
      n,
      id: claim.id,
      quote: claim.anchor.exact,
      kindLabel: KIND_LABELS[claim.kind],
      status: claim.status,
      statusLabel: STATUS_LABELS[claim.status],
      anchorState: claim.anchorState,
      wording: wordingChanges(claim.history, article.versions).map((w) => ({ version: w.version, ...w.excerpt })),
      evidence: claim.evidence.map((e) => {
        const source = byId.get(e.sourceId);
        const evidence: ReportEvidence = {
          relation: e.relation,
          relationLabel: RELATION_LABELS[e.relation],
          sourceTitle: source?.title ?? 'Unknown source',
          citation: source ? citationOf(source) : '',
        };
        const url = safeUrl(source?.url);
        if (url) evidence.url = url;
        if (e.excerpt) evidence.excerpt = e.excerpt;
        if (e.locator) evidence.locator = e.locator;
        const check = excerptNote(checks?.excerpts.find((c) => c.evidenceId === e.id));
        if (check) evidence.check = check;
        return evidence;
      }),
    };
    // The editor's own wording for this claim wins over the library's label for the status.
    const verdict = claim.verdict ?? verdicts[claim.status]?.label;
    if (verdict) item.verdict = verdict;
    if (options.notes !== false && claim.notes.trim()) item.notes = claim.notes;
    if (claim.assignee) item.assignee = claim.assignee;
    const quoteCheck = quoteNote(checks?.quote, titleOf);
    if (quoteCheck) item.quoteCheck = quoteCheck;
    const flags = sourceFlags(checks, titleOf);
    if (flags.length) item.flags = flags;
    if (options.history !== false) {
      // Without notes, the history must not carry them either: notes edits and the reasons given
      // with changes may be as internal as the notes themselves.
      const internal = options.notes === false;
      item.history = claim.history
        .filter((h) => !(internal && h.change === 'notes'))
        .map((h) => ({
          at: h.at,
          by: h.by,
          text: describeHistory(h),
          ...(h.note && !internal ? { note: h.note } : {}),
        }));
    }
    return item;
  };

  const wanted = options.statuses ? new Set(options.statuses) : undefined;
  const claims = numbered.filter(({ claim }) => !wanted || wanted.has(claim.status)).map(toReport);
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const claim of article.claims) counts[claim.status]++;

  const model: ReportModel = {
    title: article.title,
    version: { n: version.n, date: version.createdAt, ...(version.label ? { label: version.label } : {}) },
    generatedAt: now,
    checker: settings.editorName,
    counts,
    total: article.claims.length,
    claims,
  };
  if (options.openItems !== false) {
    model.openItems = numbered
      .filter(
        ({ claim }) =>
          OPEN.has(claim.status) ||
          claim.anchorState === 'orphaned' ||
          sourceFlags(sourceChecks?.get(claim.id), titleOf).length > 0,
      )
      .map(toReport);
  }
  if (options.changesSince !== undefined) {
    const base = article.versions.find((v) => v.n === options.changesSince);
    if (!base) throw new AppError('NOT_FOUND', `Article ${article.id} has no version ${options.changesSince}.`);
    const { stats, changes: stretches } = changes ?? compareTexts(base.text, version.text);
    const after = article.versions.find((v) => v.n === base.n + 1)?.createdAt ?? now;
    model.changes = {
      since: base.n,
      stats,
      numbers: stretches.flatMap((c) => c.numbers ?? []),
      affected: numbered
        .filter(({ claim }) => claim.history.some((h) => h.change === 'anchor' && h.at >= after))
        .map(toReport),
    };
  }
  if (options.sources !== false) {
    const cited = new Map<string, number[]>();
    for (const { claim, n } of numbered)
      for (const e of claim.evidence) cited.set(e.sourceId, [...(cited.get(e.sourceId) ?? []), n]);
    model.sources = [...cited]
      .map(([id, citedBy]) => {
        const source = byId.get(id);
        const entry: ReportSource = {
          title: source?.title ?? 'Unknown source',
          kindLabel: source ? SOURCE_KIND_LABELS[source.kind] : '',
          citation: source ? citationOf(source) : '',
          citedBy: [...new Set(citedBy)],
        };
        const url = safeUrl(source?.url);
        if (url) entry.url = url;
        return entry;
      })
      .sort((a, b) => a.title.localeCompare(b.title));
  }
  return model;
}
