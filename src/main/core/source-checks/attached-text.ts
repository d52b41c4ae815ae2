import type { SourceText } from '../../../shared/source-text';

/** An attached file's text, with where its pages and paragraphs begin and end, and which file it is. */
export interface AttachedText extends SourceText {
  sha256: string;
  fileName: string;
}
