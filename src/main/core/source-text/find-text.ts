import type { SourceText, SourceTextMatch, TextSpan } from '../../../shared/source-text';
import { spanIndexAt } from '../../../shared/text-shape';
import { foldQuery, originalOffset, type FoldedText } from './folded-text';

/** One attached document as the search sees it. */
export interface SearchableDocument {
  sourceId: string;
  sourceTitle: string;
  sha256: string;
  fileName: string;
  text: SourceText;
  folded: FoldedText;
}

/** At most this many places from one document, so that one long report does not fill the list. */
export const MATCHES_PER_DOCUMENT = 20;
const CONTEXT_CHARS = 70;

/** The words around a match inside its paragraph, on one line, cut at word boundaries. */
function snippetOf(
  text: string,
  paragraph: TextSpan,
  start: number,
  end: number,
): Pick<SourceTextMatch, 'snippet' | 'match'> {
  let from = Math.max(paragraph.start, start - CONTEXT_CHARS);
  let to = Math.min(paragraph.end, end + CONTEXT_CHARS);
  if (from > paragraph.start) from = text.indexOf(' ', from) + 1 || from;
  if (to < paragraph.end) to = Math.max(end, text.lastIndexOf(' ', to));
  if (from > start) from = start;
  const before = from > paragraph.start ? '…' : '';
  const after = to < paragraph.end ? '…' : '';
  const oneLine = (s: string): string => s.replace(/\s/g, ' ');
  const snippet = `${before}${oneLine(text.slice(from, to))}${after}`;
  const matchStart = before.length + (start - from);
  return { snippet, match: { start: matchStart, end: matchStart + (end - start) } };
}

/**
 * Every place the query occurs in the documents' texts, ignoring case, accents and line breaks,
 * document by document in the order given, each in reading order; at most `limit` in all.
 */
export function findInDocuments(
  documents: readonly SearchableDocument[],
  query: string,
  limit: number,
): SourceTextMatch[] {
  const needle = foldQuery(query);
  const matches: SourceTextMatch[] = [];
  if (needle.length === 0) return matches;
  for (const document of documents) {
    const { text, folded } = document;
    const pages = text.pages ? nonEmpty(text.pages) : undefined;
    let found = 0;
    for (let at = folded.folded.indexOf(needle); at !== -1; at = folded.folded.indexOf(needle, at + needle.length)) {
      if (matches.length >= limit || found >= MATCHES_PER_DOCUMENT) break;
      const start = originalOffset(folded, at, text.text.length);
      const end = Math.max(start, originalOffset(folded, at + needle.length - 1, text.text.length) + 1);
      const paragraphIndex = Math.max(0, spanIndexAt(text.paragraphs, start));
      const paragraph = text.paragraphs[paragraphIndex] ?? { start: 0, end: text.text.length };
      const pageIndex = pages ? spanIndexAt(pages, start) : -1;
      matches.push({
        sourceId: document.sourceId,
        sourceTitle: document.sourceTitle,
        sha256: document.sha256,
        fileName: document.fileName,
        ...(pages && pageIndex >= 0 ? { page: pages[pageIndex]!.page } : {}),
        paragraph: paragraphIndex + 1,
        offset: start,
        ...snippetOf(text.text, paragraph, start, Math.min(end, paragraph.end)),
      });
      found++;
    }
    if (matches.length >= limit) break;
  }
  return matches;
}

/** Pages with text: an empty page's span shares its offset with the next page's start. */
function nonEmpty<T extends TextSpan>(spans: readonly T[]): T[] {
  return spans.filter((s) => s.end > s.start);
}
