/**
 * What the attached documents say about a claim's evidence: each excerpt looked up in its source's
 * files, and a quote claim's words compared with the passage they quote.
 */

/**
 * - `exact`: the excerpt is in the document word for word;
 * - `approximate`: a passage close to it is (its words are in `found`);
 * - `not-found`: nothing close enough in any readable file of the source;
 * - `no-text`: the source has no file whose text can be searched (none attached, scanned pages…).
 */
export type SourceFinding = 'exact' | 'approximate' | 'not-found' | 'no-text';

/** Where in an attached file a passage was found. */
export interface FoundPassage {
  sha256: string;
  fileName: string;
  /** UTF-16 offsets of the passage in the document's text. */
  start: number;
  end: number;
  /** The document's own words there. */
  text: string;
  /** 0–1: 1 is word for word. */
  score: number;
  page?: number;
  paragraph?: number;
}

export interface ExcerptCheck {
  evidenceId: string;
  finding: SourceFinding;
  found?: FoundPassage;
}

export interface QuoteCheck {
  /** The words the draft quotes: the part inside quotation marks, or the whole claim. */
  quoted: string;
  finding: SourceFinding;
  /** The cited source whose document holds the closest passage. */
  sourceId?: string;
  found?: FoundPassage;
}

export interface ClaimSourceCheck {
  claimId: string;
  /** One per piece of evidence with an excerpt, in the claim's order. */
  excerpts: ExcerptCheck[];
  /** Only for a claim of kind quote that cites at least one source. */
  quote?: QuoteCheck;
}

/** How a report and the inspector name a finding. */
export const FINDING_LABELS: Record<SourceFinding, string> = {
  exact: 'Found word for word',
  approximate: 'Found with differences',
  'not-found': 'Not found in the source',
  'no-text': 'No document text to check',
};

/** The locator filled in for a passage found: a page where the document has pages, else a paragraph. */
export function locatorOf(found: Pick<FoundPassage, 'page' | 'paragraph'>): string | undefined {
  if (found.page !== undefined) return `p. ${found.page}`;
  if (found.paragraph !== undefined) return `¶ ${found.paragraph}`;
  return undefined;
}
