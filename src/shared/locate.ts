/** Where an excerpt (a quote from a source) was found in a document's text. */

export const LOCATE_KINDS = ['exact', 'approximate'] as const;
export type LocateKind = (typeof LOCATE_KINDS)[number];

/**
 * A passage found for an excerpt. `start` and `end` are UTF-16 offsets [start, end) into the
 * document's text and `text` is the document's own words there (`text.slice(start, end)`), which
 * may differ from the excerpt when the match is approximate.
 */
export interface LocatedExcerpt {
  kind: LocateKind;
  start: number;
  end: number;
  /** 1 for an exact match; below 1 for an approximate one, higher the closer its words are. */
  score: number;
  text: string;
  /** 1-based paragraph of the document the passage starts in, where the document has paragraphs. */
  paragraph?: number;
  /** 1-based page the passage starts on, where the document has pages (PDF). */
  page?: number;
}

/** No passage of the document is close enough to the excerpt to be trusted as its place. */
export interface ExcerptNotFound {
  kind: null;
}

export type LocateResult = LocatedExcerpt | ExcerptNotFound;

/** Words of context on either side that pick one passage among several that match. */
export interface LocateOptions {
  /** The text just before the excerpt in the source. */
  prefix?: string;
  /** The text just after the excerpt in the source. */
  suffix?: string;
}
