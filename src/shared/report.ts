import type { ClaimStatus } from './claim-status';

export const REPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'json', 'claimreview'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What a report includes; everything is optional and has a sensible default. */
export interface ReportOptions {
  /** Only claims with these statuses (default: all). */
  statuses?: ClaimStatus[];
  /** Notes can be internal: left out unless asked for (default: included). */
  notes?: boolean;
  /** Each claim's status history (default: included). */
  history?: boolean;
  /** Unchecked, needs-recheck and orphaned claims, listed apart (default: included). */
  openItems?: boolean;
  /** The sources cited (default: included). */
  sources?: boolean;
  /** Changes since this version number (default: none). */
  changesSince?: number;
  /** The published fact-check's address, for ClaimReview (default: from Settings). */
  url?: string;
}

export interface ReportFile {
  fileName: string;
  mimeType: string;
  /** Text, or base64 when `encoding` is 'base64' (PDF). */
  content: string;
  encoding: 'utf-8' | 'base64';
}

/** How a final status is published: a textual verdict and, on a numeric scale, a rating. */
export interface VerdictStyle {
  label: string;
  rating?: number;
}

export interface ClaimReviewSettings {
  organizationName?: string;
  organizationUrl?: string;
  /** The published fact-check's address, used when an export does not give one. */
  url?: string;
  bestRating: number;
  worstRating: number;
  verdicts: Partial<Record<ClaimStatus, VerdictStyle>>;
}

/**
 * A change to the ClaimReview settings: only the fields given change. An empty text removes that
 * field; a verdict given replaces that status's verdict, and an empty label removes it.
 */
export interface ClaimReviewChange {
  organizationName?: string;
  organizationUrl?: string;
  url?: string;
  bestRating?: number;
  worstRating?: number;
  verdicts?: Partial<Record<ClaimStatus, VerdictStyle>>;
}

export const DEFAULT_CLAIM_REVIEW: ClaimReviewSettings = {
  bestRating: 5,
  worstRating: 1,
  verdicts: {
    verified: { label: 'True', rating: 5 },
    disputed: { label: 'Disputed', rating: 3 },
    false: { label: 'False', rating: 1 },
    unverifiable: { label: 'Unverifiable' },
  },
};
