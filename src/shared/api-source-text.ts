import type { SourceTextMatch, SourceTextState } from './source-text';

/** The text of attached documents: what can be searched, and the search itself. */
export interface SourceTextApi {
  /**
   * Every place the words occur in the attached documents' texts (case, accents and line breaks
   * ignored), sources in title order. `reading` counts files whose text is still being read.
   */
  'sources.findText': {
    input: { query: string; limit?: number };
    output: { matches: SourceTextMatch[]; reading: number };
  };
  /** Each attached file's text state, by the file's SHA-256; files not read yet start being read. */
  'sources.textStatus': { input: Record<string, never>; output: Record<string, SourceTextState> };
}
