import { FINAL_STATUSES, type ClaimStatus } from './claim-status';

/** The statuses a past fact-check can carry: the ones that settle a claim. */
export const SETTLED_STATUSES = ['verified', 'disputed', 'false', 'unverifiable'] as const;
export type SettledStatus = (typeof SETTLED_STATUSES)[number];

export function isSettledStatus(status: ClaimStatus): status is SettledStatus {
  return FINAL_STATUSES.includes(status);
}

/** Where a past fact-check comes from: a file of other fact-checkers' work, or this desk's own claims. */
export const PAST_CHECK_ORIGINS = ['imported', 'desk'] as const;
export type PastCheckOrigin = (typeof PAST_CHECK_ORIGINS)[number];

/** How the workbench status was found: the label's mapping, the numeric scale, the fallback, or the desk's own status. */
export type RatingMappedBy = 'label' | 'scale' | 'fallback' | 'desk';

/** A rating as the fact-checker published it. */
export interface PastCheckRatingSource {
  /** The fact-checker's own words ("Mostly false"); for a rating with only a number, that number. */
  label: string;
  value?: number;
  best?: number;
  worst?: number;
}

export interface PastCheckRating extends PastCheckRatingSource {
  /** The workbench status the rating maps to under the editor's mapping. */
  status: SettledStatus;
  mappedBy: RatingMappedBy;
}

/** Where the claim appeared: a web address and the page's title, either or both. */
export interface PastCheckAppearance {
  url?: string;
  title?: string;
}

/** One past fact-check as it is stored (imported ones only; the desk's are derived on read). */
export interface StoredPastCheck {
  id: string;
  claim: string;
  claimant?: string;
  appearance?: PastCheckAppearance;
  /** When the claim was made: YYYY-MM-DD, YYYY-MM or YYYY. */
  claimDate?: string;
  /** When the fact-check was published: YYYY-MM-DD, YYYY-MM or YYYY. */
  reviewDate?: string;
  publisher?: string;
  /** The fact-check's own address; the key duplicates are recognised by (else `identifier`). */
  url?: string;
  identifier?: string;
  rating: PastCheckRatingSource;
  /** When it was imported (ISO) and from which file. */
  importedAt: string;
  fileName: string;
}

/** A past fact-check as the archive lists it: imported, or a settled claim of this desk. */
export interface PastCheck extends Omit<StoredPastCheck, 'rating' | 'importedAt' | 'fileName'> {
  origin: PastCheckOrigin;
  rating: PastCheckRating;
  importedAt?: string;
  fileName?: string;
  /** Desk claims: the article and claim the verdict belongs to, and the editor's notes. */
  articleId?: string;
  articleTitle?: string;
  claimId?: string;
  notes?: string;
}

/** Something in an imported file that was left out, and why; `item` counts from 1 in file order. */
export interface PastCheckProblem {
  item?: number;
  message: string;
}

/** What reading a file of fact-checks found: the good items and what was wrong with the rest. */
export interface ParsedFactChecks {
  items: Omit<StoredPastCheck, 'id' | 'importedAt'>[];
  problems: PastCheckProblem[];
}

export interface PastCheckImportSummary {
  fileName: string;
  /** Items read well from the file. */
  read: number;
  added: number;
  /** Items already in the archive (same address or identifier), or twice in the file. */
  duplicates: number;
  problems: PastCheckProblem[];
}

export interface PastCheckPreview extends PastCheckImportSummary {
  /** The first items that would be added, as the archive would list them. */
  sample: PastCheck[];
}

/** One label's mapping; `builtIn` when it is the workbench's own, unchanged by the editor. */
export interface RatingMappingEntry {
  label: string;
  status: SettledStatus;
  builtIn: boolean;
}

export interface RatingMapping {
  entries: RatingMappingEntry[];
  /** For labels the mapping does not know and ratings without a usable number. */
  fallback: SettledStatus;
  /** Labels in the archive that take the fallback (no entry maps them, no usable number), with how many items carry each. */
  unmapped: { label: string; count: number }[];
}

export interface PastCheckQuery {
  /** Words that must all appear in the claim, claimant, publisher or rating. */
  text?: string;
  publisher?: string;
  status?: SettledStatus;
  /** The original rating label, matched without regard to case. */
  rating?: string;
  origin?: PastCheckOrigin;
  /** Review date range, inclusive: YYYY-MM-DD (or YYYY-MM, YYYY). */
  from?: string;
  to?: string;
  offset?: number;
  limit?: number;
}

export interface PastCheckPage {
  items: PastCheck[];
  /** How many match the query in all. */
  total: number;
  offset: number;
  /** Every publisher in the archive, for the filter. */
  publishers: string[];
}

export const PAST_CHECK_LIMITS = {
  /** Most items one file may bring. */
  itemsPerFile: 50_000,
  /** Most imported items the archive keeps. */
  archiveItems: 200_000,
  claimChars: 5_000,
  fieldChars: 2_000,
  pageSize: 50,
  pageSizeMax: 500,
  previewSample: 20,
} as const;

/**
 * A rating label as the mapping compares it: lower case, accents, punctuation and extra spaces
 * removed, so that "Pants-on-Fire!" and "pants on fire" are one label.
 */
export function ratingKey(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
