import { zipSync, strToU8 } from 'fflate';

/** Builds small but real .docx files for tests and the hostile corpus (WordprocessingML by hand). */

export interface DocxParts {
  /** The inside of <w:body>. */
  body: string;
  title?: string;
  comments?: { author: string; text: string }[];
  footnotes?: string[];
  /** Adds a bullet list definition, for paragraphs made with `listItem`. */
  lists?: boolean;
}

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const run = (text: string): string => `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
export const para = (content: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${content}</w:p>`;

export const listItem = (text: string): string =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;

export function makeDocx(parts: DocxParts): Uint8Array {
  const rels = [
    parts.comments
      ? '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
      : '',
    parts.footnotes
      ? '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
      : '',
    parts.lists
      ? '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
      : '',
    '<Relationship Id="rIdL" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/report" TargetMode="External"/>',
    '<Relationship Id="rIdJ" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>',
  ].join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${parts.body}</w:body></w:document>`,
    ),
  };
  if (parts.title !== undefined) {
    files['docProps/core.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escape(parts.title)}</dc:title></cp:coreProperties>`,
    );
  }
  if (parts.comments) {
    const comments = parts.comments
      .map(
        (c, i) =>
          `<w:comment w:id="${i}" w:author="${escape(c.author)}" w:date="2025-10-14T09:00:00Z">${para(run(c.text))}</w:comment>`,
      )
      .join('');
    files['word/comments.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:comments ${NS}>${comments}</w:comments>`,
    );
  }
  if (parts.lists) {
    files['word/numbering.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    );
  }
  if (parts.footnotes) {
    const notes = parts.footnotes
      .map((text, i) => `<w:footnote w:id="${i + 1}">${para(run(text))}</w:footnote>`)
      .join('');
    files['word/footnotes.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${NS}>${notes}</w:footnotes>`,
    );
  }
  return zipSync(files);
}
