import { deflateSync } from 'node:zlib';

/** One indirect object's body (numbered from 1 in the order given), e.g. `<< /Type /Catalog >>`. */
export type PdfObject = string | Uint8Array;

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/**
 * Writes a PDF by hand (objects, cross-reference table, trailer) for tests that need files no
 * printer makes: encrypted, hostile, or without a text layer. Object 1 must be the catalog.
 */
export function pdfFile(objects: readonly PdfObject[], trailerExtra = ''): Uint8Array {
  const chunks: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  const push = (chunk: Uint8Array): void => {
    chunks.push(chunk);
    length += chunk.length;
  };
  objects.forEach((body, index) => {
    offsets.push(length);
    push(latin1(`${index + 1} 0 obj\n`));
    push(typeof body === 'string' ? latin1(body) : body);
    push(latin1('\nendobj\n'));
  });
  const xref = length;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(
    latin1(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A stream object; `deflate` compresses it (/FlateDecode). */
export function pdfStream(content: string | Uint8Array, deflate = false): Uint8Array {
  const raw = typeof content === 'string' ? latin1(content) : content;
  const data = deflate ? deflateSync(raw, { level: 9 }) : raw;
  const head = latin1(`<< /Length ${data.length}${deflate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`);
  const tail = latin1('\nendstream');
  const out = new Uint8Array(head.length + data.length + tail.length);
  out.set(head);
  out.set(data, head.length);
  out.set(tail, head.length + data.length);
  return out;
}

/**
 * A PDF whose pages show the given lines of text in Helvetica (one array of lines a page), objects:
 * 1 catalog, 2 pages, 3 font, then a page and its content stream for each page.
 */
export function textPdf(pages: readonly (readonly string[])[]): Uint8Array {
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  pages.forEach((lines, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`,
    );
    const shown = lines.map((line) => `(${line.replace(/[()\\]/g, '\\$&')}) Tj T*`).join(' ');
    objects.push(pdfStream(`BT /F1 12 Tf 14 TL 72 720 Td ${shown} ET`));
  });
  return pdfFile(objects);
}
