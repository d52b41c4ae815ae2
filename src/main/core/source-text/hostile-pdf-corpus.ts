import { randomBytes } from 'node:crypto';
import type { ErrorCode } from '../../../shared/errors';
import { pdfFile, pdfStream, textPdf, type PdfObject } from './pdf-bytes';

/** One hostile or broken PDF and what reading its text must give. */
export interface PdfCorpusItem {
  name: string;
  bytes: Uint8Array;
  expect: 'text' | 'no-text' | ErrorCode;
}

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const ONE_PAGE = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>';

/** The standard security handler with an unknown user password: the text cannot be decrypted. */
function encrypted(): Uint8Array {
  const hex = (bytes: number): string => `<${randomBytes(bytes).toString('hex')}>`;
  return pdfFile(
    [
      CATALOG,
      ONE_PAGE,
      PAGE,
      pdfStream('BT /F1 12 Tf 72 720 Td (secret) Tj ET'),
      `<< /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -4 >>`,
    ],
    `/Encrypt 5 0 R /ID [${hex(16)} ${hex(16)}] `,
  );
}

/** A page tree that claims more pages than any document the workbench reads. */
function pageCount(count: number): Uint8Array {
  return pdfFile([CATALOG, `<< /Type /Pages /Kids [3 0 R] /Count ${count} >>`, PAGE, pdfStream('')]);
}

/** Pages nested in pages `depth` levels deep before the one real page. */
function deepPageTree(depth: number): Uint8Array {
  const objects: PdfObject[] = [CATALOG];
  for (let level = 0; level < depth; level++) {
    const self = level + 2;
    objects.push(`<< /Type /Pages /Kids [${self + 1} 0 R] /Count 1${level > 0 ? ` /Parent ${self - 1} 0 R` : ''} >>`);
  }
  objects.push(`<< /Type /Page /Parent ${depth + 1} 0 R /MediaBox [0 0 612 792] /Contents ${depth + 3} 0 R >>`);
  objects.push(pdfStream(''));
  return pdfFile(objects);
}

/** A page whose dictionary holds arrays nested `depth` deep. */
function deepArrays(depth: number): Uint8Array {
  const page = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Deep ${'['.repeat(depth)}${']'.repeat(depth)} >>`;
  return pdfFile([CATALOG, ONE_PAGE, page, pdfStream('BT ET')]);
}

/** A content stream that inflates from a few hundred kilobytes to `megabytes` of text operators. */
function inflatingStream(megabytes: number): Uint8Array {
  const operator = 'BT /F1 12 Tf 72 720 Td (bomb) Tj ET\n';
  const content = operator.repeat(Math.ceil((megabytes * 1024 * 1024) / operator.length));
  return pdfFile([
    CATALOG,
    ONE_PAGE,
    `${PAGE.slice(0, -2)} /Resources << /Font << /F1 5 0 R >> >> >>`,
    pdfStream(content, true),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/** One page of `chars` characters in long strings (small, so that they stay on the page): fast to parse, too much to keep. */
function longText(chars: number): Uint8Array {
  const line = `BT /F1 1 Tf 10 700 Td (${'A'.repeat(500)}) Tj ET\n`;
  return pdfFile([
    CATALOG,
    ONE_PAGE,
    `${PAGE.slice(0, -2)} /Resources << /Font << /F1 5 0 R >> >> >>`,
    pdfStream(line.repeat(Math.ceil(chars / 500)), true),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/** A page tree whose only kid is the tree itself. */
function loopingTree(): Uint8Array {
  return pdfFile([CATALOG, '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']);
}

/** Hostile and broken PDFs: each must be read or refused with a code, within the reader's limits. */
export function hostilePdfCorpus(): PdfCorpusItem[] {
  const good = textPdf([['A normal page of a normal report.'], ['Its second page.']]);
  const garbage = new Uint8Array(64 * 1024);
  garbage.set(new TextEncoder().encode('%PDF-1.7\n'));
  garbage.set(randomBytes(garbage.length - 9), 9);
  const manyPages = Array.from({ length: 5_001 }, (_, i) => [`Page ${i + 1}`]);
  return [
    { name: 'good.pdf', bytes: good, expect: 'text' },
    { name: 'encrypted.pdf', bytes: encrypted(), expect: 'UNSUPPORTED_FILE' },
    { name: 'header-only.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n'), expect: 'CORRUPT_FILE' },
    { name: 'garbage.pdf', bytes: garbage, expect: 'CORRUPT_FILE' },
    { name: 'no-catalog.pdf', bytes: pdfFile(['<< /Type /Font >>']), expect: 'CORRUPT_FILE' },
    // pdf.js counts the kids it finds rather than trusting /Count.
    { name: 'count-billion.pdf', bytes: pageCount(1_000_000_000), expect: 'no-text' },
    { name: 'pages-5001.pdf', bytes: textPdf(manyPages), expect: 'TOO_LARGE' },
    { name: 'deep-page-tree.pdf', bytes: deepPageTree(10_000), expect: 'no-text' },
    { name: 'deep-arrays.pdf', bytes: deepArrays(100_000), expect: 'TOO_LARGE' },
    { name: 'looping-tree.pdf', bytes: loopingTree(), expect: 'CORRUPT_FILE' },
    { name: 'truncated-half.pdf', bytes: good.subarray(0, Math.floor(good.length / 2)), expect: 'CORRUPT_FILE' },
    { name: 'truncated-no-xref.pdf', bytes: good.subarray(0, good.lastIndexOf(0x78 /* x of xref */)), expect: 'text' },
    { name: 'too-much-text.pdf', bytes: longText(2_100_000), expect: 'TOO_LARGE' },
    { name: 'inflating-80mb.pdf', bytes: inflatingStream(80), expect: 'TOO_LARGE' },
  ];
}
