import type { AnchorState, ClaimKind, ClaimStatus, EvidenceRelation, SourceKind } from '../../../shared/model';

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

export const ANCHOR_LABELS: Record<AnchorState, string> = {
  current: 'Unchanged',
  moved: 'Moved',
  edited: 'Edited',
  orphaned: 'Not found',
};
