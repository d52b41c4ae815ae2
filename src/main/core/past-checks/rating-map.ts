import {
  ratingKey,
  SETTLED_STATUSES,
  type PastCheckRating,
  type PastCheckRatingSource,
  type RatingMappingEntry,
  type SettledStatus,
} from '../../../shared/past-checks';
import { BUILT_IN_RATING_LABELS } from './rating-labels';

/** The editor's changes to the built-in mapping, as the archive file keeps them. */
export interface StoredRatingMapping {
  /** Labels the editor mapped (a built-in label here overrides the built-in status). */
  labels: { label: string; status: SettledStatus }[];
  fallback: SettledStatus;
}

export const DEFAULT_FALLBACK: SettledStatus = 'unverifiable';

/** A numeric rating at or above this share of its scale reads as verified, at or below 1 − it as false. */
const SCALE_SETTLED_SHARE = 0.75;

const BUILT_IN: ReadonlyMap<string, RatingMappingEntry> = new Map(
  SETTLED_STATUSES.flatMap((status) =>
    BUILT_IN_RATING_LABELS[status].map((label): [string, RatingMappingEntry] => [
      ratingKey(label),
      { label, status, builtIn: true },
    ]),
  ),
);

/** Every label the mapping knows: the built-in ones (with the editor's overrides) and the editor's own. */
export function mappingEntries(stored: StoredRatingMapping): RatingMappingEntry[] {
  const entries = new Map(BUILT_IN);
  for (const { label, status } of stored.labels) {
    const key = ratingKey(label);
    const builtIn = BUILT_IN.get(key);
    entries.set(key, {
      label: builtIn?.label ?? label,
      status,
      builtIn: builtIn !== undefined && builtIn.status === status,
    });
  }
  return [...entries.values()];
}

/** The workbench status of a rating on a numeric scale, or undefined when the numbers do not make one. */
function statusOnScale({ value, best = 5, worst = 1 }: PastCheckRatingSource): SettledStatus | undefined {
  if (value === undefined || best === worst) return undefined;
  const share = (value - worst) / (best - worst);
  if (!Number.isFinite(share) || share < 0 || share > 1) return undefined;
  if (share >= SCALE_SETTLED_SHARE) return 'verified';
  if (share <= 1 - SCALE_SETTLED_SHARE) return 'false';
  return 'disputed';
}

/** Reads ratings under one mapping: the label first, then the numeric scale, then the fallback. */
export function ratingReader(stored: StoredRatingMapping): (rating: PastCheckRatingSource) => PastCheckRating {
  const byKey = new Map(mappingEntries(stored).map((entry) => [ratingKey(entry.label), entry.status]));
  return (rating) => {
    const byLabel = byKey.get(ratingKey(rating.label));
    if (byLabel) return { ...rating, status: byLabel, mappedBy: 'label' };
    const onScale = statusOnScale(rating);
    if (onScale) return { ...rating, status: onScale, mappedBy: 'scale' };
    return { ...rating, status: stored.fallback, mappedBy: 'fallback' };
  };
}

/** The stored mapping after the editor's change: `set` labels mapped, `reset` ones back to built-in. */
export function changeMapping(
  stored: StoredRatingMapping,
  change: { set?: { label: string; status: SettledStatus }[]; reset?: string[]; fallback?: SettledStatus },
): StoredRatingMapping {
  const labels = new Map(stored.labels.map((entry) => [ratingKey(entry.label), entry]));
  for (const label of change.reset ?? []) labels.delete(ratingKey(label));
  for (const entry of change.set ?? []) {
    const key = ratingKey(entry.label);
    if (key === '') continue;
    if (BUILT_IN.get(key)?.status === entry.status) labels.delete(key);
    else labels.set(key, entry);
  }
  return { labels: [...labels.values()], fallback: change.fallback ?? stored.fallback };
}
