import {
  ANCHOR_STATES,
  type AnchorState,
  type CarriedCounts,
  type ClaimAppearance,
  type Claimant,
  type ClaimKind,
  type ClaimStatus,
  type EvidenceRelation,
  type HistoryEvent,
  type Source,
  type SourceKind,
  type SourceReliability,
} from './model';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unchecked: 'Unchecked',
  'in-progress': 'In progress',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  unverifiable: 'Unverifiable',
  'needs-recheck': 'Needs re-check',
};

export const KIND_LABELS: Record<ClaimKind, string> = {
  statistic: 'Statistic',
  quote: 'Quote',
  attribution: 'Attribution',
  'event-date': 'Event / date',
  comparison: 'Comparison',
  causal: 'Causal',
  prediction: 'Prediction',
  'law-rule': 'Law / rule',
  other: 'Other',
};

export const RELATION_LABELS: Record<EvidenceRelation, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  document: 'Document',
  web: 'Web page',
  testimony: 'Testimony',
  interview: 'Interview',
  dataset: 'Dataset',
  publication: 'Publication',
  'press-release': 'Press release',
  other: 'Other',
};

export const RELIABILITY_LABELS: Record<SourceReliability, string> = {
  high: 'High reliability',
  medium: 'Medium reliability',
  low: 'Low reliability',
};

export const ANCHOR_LABELS: Record<AnchorState, string> = {
  current: 'Unchanged',
  moved: 'Moved',
  edited: 'Edited',
  orphaned: 'Not found',
};

/** How the claims fared in a new version, as a person reads it: "3 unchanged, 1 moved, 0 edited, 0 not found". */
export function describeCarried(counts: CarriedCounts): string {
  return ANCHOR_STATES.map((state) => `${counts[state]} ${ANCHOR_LABELS[state].toLowerCase()}`).join(', ');
}

const clip = (text: string | undefined, max = 60): string =>
  !text ? '' : text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** One history event as a line a person reads, in the inspector and in reports. */
export function describeHistory(event: HistoryEvent): string {
  const line = describeChange(event);
  return event.undoes === undefined ? line : `Undo — ${line}`;
}

function describeChange(event: HistoryEvent): string {
  const status = (s?: string): string => (s ? (STATUS_LABELS[s as ClaimStatus] ?? s) : '—');
  switch (event.change) {
    case 'created':
      return 'Tagged as a claim';
    case 'status':
      return `Status: ${status(event.from)} → ${status(event.to)}`;
    case 'kind':
      return `Kind: ${event.from} → ${event.to}`;
    case 'assignee':
      return `Assigned: ${event.from || 'nobody'} → ${event.to || 'nobody'}`;
    case 'evidence-added':
      return `Source linked (${event.to})`;
    case 'evidence-removed':
      return `Source unlinked (${event.from})`;
    case 'evidence-source':
      return `Evidence now cites “${event.to}” (was “${event.from}”)`;
    case 'notes':
      return event.to ? `Notes: “${clip(event.to)}”` : 'Notes cleared';
    case 'verdict':
      return event.to ? `Verdict label: “${event.to}”` : 'Verdict label removed';
    case 'claimant':
    case 'appearance':
    case 'made-at':
      return describeMade(event);
    case 'deleted':
      return 'Deleted (moved to the article’s trash)';
    case 'restored':
      return 'Restored from the trash';
    case 'conflict-resolved':
      return `Conflict settled: ${event.to ?? ''}`.trim();
    case 'match-rejected':
      return `Not the same claim as past fact-check ${event.to ?? ''}`.trim();
    case 'anchor':
      return event.to
        ? event.from === event.to
          ? 'Quote carried to a new place'
          : `Quote now reads “${event.to}”`
        : 'Quote lost in a new version';
  }
}

const MADE_FIELD: Record<'claimant' | 'appearance' | 'made-at', string> = {
  claimant: 'Made by',
  appearance: 'Appeared in',
  'made-at': 'Made on',
};

/** A change to how the claim was made; its values are kept as stored (see claimMadeText). */
function describeMade(event: HistoryEvent): string {
  const field = MADE_FIELD[event.change as keyof typeof MADE_FIELD];
  const text = claimMadeText(event.change, event.to);
  return text ? `${field}: ${text}` : `${field}: removed`;
}

/**
 * A claimant or appearance is kept in history as its JSON (so that undo can put it back), a date as
 * itself; this is how a person reads either.
 */
export function claimMadeText(change: HistoryEvent['change'], value: string | undefined): string {
  if (!value) return '';
  if (change === 'made-at') return value;
  try {
    const parsed = JSON.parse(value) as Partial<Claimant & ClaimAppearance>;
    if (change === 'claimant') return `${parsed.name ?? ''} (${parsed.type ?? ''})`;
    return [parsed.publication, parsed.url, parsed.date].filter(Boolean).join(', ');
  } catch {
    return value;
  }
}

/** A source as one line: kind, author, publisher, date (in the inspector and in reports). */
export function citationOf(source: Source): string {
  if (source.citation) return `${SOURCE_KIND_LABELS[source.kind]} · ${source.citation}`;
  const accessed = source.accessedAt ? `accessed ${source.accessedAt}` : undefined;
  return [SOURCE_KIND_LABELS[source.kind], source.author, source.publisher, source.date, accessed]
    .filter(Boolean)
    .join(' · ');
}
