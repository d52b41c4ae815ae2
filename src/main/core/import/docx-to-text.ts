import mammoth from 'mammoth';
import type { DraftComment } from '../../../shared/model';
import { htmlToText, type HtmlText } from './html-to-text';
import { checkNesting } from './nesting';
import { openDocx, repack, xmlOf } from './docx-package';

export type TrackedChanges = 'accept' | 'reject';

export interface DocxText extends HtmlText {
  comments: DraftComment[];
  hadTrackedChanges: boolean;
}

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`${name}="([^"]*)"`).exec(attributes);
  return match ? decodeXml(match[1]!) : undefined;
}

function textOfRuns(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join(''))
    .filter((p) => p.trim())
    .join('\n');
}

/** Comments are kept apart from the text, as a list beside the draft. */
function readComments(xml: string | undefined): DraftComment[] {
  if (!xml) return [];
  return [...xml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => {
    const comment: DraftComment = { author: attribute(m[1]!, 'w:author') ?? 'Unknown', text: textOfRuns(m[2]!) };
    const date = attribute(m[1]!, 'w:date');
    if (date) comment.date = date;
    return comment;
  });
}

const TRACKED = /<w:(ins|del)\b/;

/** Rejecting every tracked change: drop insertions, restore deletions as ordinary text. */
function rejectChanges(xml: string): string {
  return xml
    .replace(/<w:(ins|del)\b[^>]*\/>/g, '')
    .replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, '')
    .replace(/<\/?w:del\b[^>]*>/g, '')
    .replace(/<w:delText\b/g, '<w:t')
    .replace(/<\/w:delText>/g, '</w:t>');
}

/**
 * A Word draft → paragraphs: mammoth turns the document into HTML (headings, lists, quotes, tables,
 * footnotes), which is then sanitized and reduced like any HTML. Tracked changes are accepted (as
 * mammoth reads them) or rejected; comments and the title come from their own parts of the file.
 */
export async function docxToText(bytes: Uint8Array, fileName: string, tracked: TrackedChanges): Promise<DocxText> {
  const files = openDocx(bytes, fileName);
  const document = xmlOf(files, 'word/document.xml')!;
  checkNesting(document, fileName);
  const hadTrackedChanges = TRACKED.test(document);
  const input =
    hadTrackedChanges && tracked === 'reject' ? repack(files, { 'word/document.xml': rejectChanges(document) }) : bytes;
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(input) });
  const result = htmlToText(html, fileName);
  const coreTitle = /<dc:title>([^<]*)<\/dc:title>/.exec(xmlOf(files, 'docProps/core.xml') ?? '')?.[1];
  const title = coreTitle ? decodeXml(coreTitle).trim() : '';
  return {
    ...result,
    ...(title ? { title } : {}),
    comments: readComments(xmlOf(files, 'word/comments.xml')),
    hadTrackedChanges,
  };
}
