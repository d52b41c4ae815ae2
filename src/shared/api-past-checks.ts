import type {
  PastCheck,
  PastCheckImportSummary,
  PastCheckPage,
  PastCheckPreview,
  PastCheckQuery,
  RatingMapping,
  SettledStatus,
} from './past-checks';

type Empty = Record<string, never>;

/** A file of fact-checks as the UI sends it: ClaimReview JSON-LD, a ClaimReview feed, an HTML page, CSV or TSV. */
export interface FactCheckUpload {
  fileName: string;
  dataBase64: string;
}

/**
 * The archive of past fact-checks: other fact-checkers' work imported from files, and this desk's
 * settled claims (derived from the library on every read, never copied).
 */
export interface PastChecksApi {
  /** Reads a file as an import would and says what it would add, storing nothing. */
  'pastChecks.preview': { input: FactCheckUpload; output: PastCheckPreview };
  /**
   * Adds a file's good items to the archive (duplicates of stored ones skipped) and lists what was
   * left out. A file with no good item is refused and nothing is stored.
   */
  'pastChecks.import': { input: FactCheckUpload; output: PastCheckImportSummary };
  /** The archive, filtered, newest review first, a page at a time. */
  'pastChecks.list': { input: PastCheckQuery; output: PastCheckPage };
  'pastChecks.get': { input: { id: string }; output: PastCheck };
  /** Removes imported items; the desk's own claims are changed in their articles instead. */
  'pastChecks.delete': { input: { ids: string[] }; output: { deleted: number } };
  /** Which rating label means which status, the built-in labels and the editor's own. */
  'pastChecks.mapping': { input: Empty; output: RatingMapping };
  /**
   * Changes the mapping: `set` maps labels (a built-in one is overridden), `reset` returns labels
   * to their built-in status (or forgets the editor's own), `fallback` is for everything else.
   */
  'pastChecks.updateMapping': {
    input: { set?: { label: string; status: SettledStatus }[]; reset?: string[]; fallback?: SettledStatus };
    output: RatingMapping;
  };
}
