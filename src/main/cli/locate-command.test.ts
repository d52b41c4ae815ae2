import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx, para, run } from '../core/import/make-docx';
import { pdfFile, pdfStream, textPdf } from '../core/source-text/pdf-bytes';
import { tempDir } from '../core/test-helpers';
import { runFactcheck } from './cli-process';

const MOTION = 'carried by a vote of five to two.';
const RECORD =
  'Harbour Board hearing\n\n' +
  'The committee heard testimony from the harbour master.\n' +
  `The motion to fund the survey ${MOTION}\n\n` +
  `The motion to restore the evening sailings ${MOTION}\n`;

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, content);
  return path;
}

const json = (stdout: string): Record<string, unknown> => JSON.parse(stdout) as Record<string, unknown>;

// Each real process starts the CLI from source: seconds, more on a busy machine.
describe('factcheck locate', { timeout: 60_000 }, () => {
  it('gives offsets into a .txt file’s own text, and picks a repeated passage by its prefix', async () => {
    const file = await write('record.txt', RECORD);
    const run1 = await runFactcheck([
      'locate',
      file,
      '--exact',
      MOTION,
      '--prefix',
      'restore the evening sailings',
      '--json',
    ]);
    expect(run1).toMatchObject({ code: 0, stderr: '' });
    const second = RECORD.lastIndexOf(MOTION);
    expect(json(run1.stdout)).toEqual({
      kind: 'exact',
      start: second,
      end: second + MOTION.length,
      score: 1,
      text: MOTION,
      paragraph: 3,
    });
  });

  it('counts past a byte order mark and CRLF line ends as in the file read with LF', async () => {
    const file = await write('record-crlf.txt', `\uFEFF${RECORD.replace(/\n/g, '\r\n')}`);
    const quote = 'The committee heard testimony from the harbour master.';
    const located = json((await runFactcheck(['locate', file, '--exact', quote, '--json'])).stdout);
    expect(located).toMatchObject({ kind: 'exact', start: RECORD.indexOf(quote), paragraph: 2 });
  });

  it('finds a quote with a typo approximately, read from --exact-file, and says so in words', async () => {
    const file = await write(
      'record.docx',
      makeDocx({
        body: RECORD.split('\n\n')
          .map((p) => para(run(p)))
          .join(''),
      }),
    );
    const excerpt = await write('quote.txt', 'The comittee heard testimony from the harbour master\r\n');
    const result = await runFactcheck(['locate', file, '--exact-file', excerpt]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Approximate match at characters 23–76 \(paragraph 2\), score 0\.9\d:$/);
    expect(lines[1]).toBe('  The committee heard testimony from the harbour master');
  });

  it('answers kind null when nothing is close enough', async () => {
    const file = await write('record.md', `# ${RECORD}`);
    const result = await runFactcheck(['locate', file, '--exact', 'Sardine catches moved north all summer.', '--json']);
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toEqual({ kind: null });
  });

  it('refuses bad input with a code or a usage line, and a non-zero exit', async () => {
    const file = await write('record.txt', RECORD);
    const empty = await runFactcheck(['locate', file, '--exact', '   ']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/^factcheck: INVALID_INPUT: The excerpt is empty/);
    const pdf = await runFactcheck(['locate', await write('source.pdf', '%PDF-1.4\n'), '--exact', 'x']);
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toMatch(/^factcheck: [A-Z_]+: .*source\.pdf/);
    const both = await runFactcheck(['locate', file, '--exact', 'x', '--exact-file', file]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/not both/);
  });

  it('reads a PDF page by page and says which page the passage is on', async () => {
    const file = await write(
      'minutes.pdf',
      textPdf([
        ['Minutes of the harbour board.'],
        ['The committee heard testimony from the harbour master.'],
        ['Adjourned.'],
      ]),
    );
    const result = await runFactcheck(['locate', file, '--exact', 'heard testimony from the harbor master', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(json(result.stdout)).toMatchObject({
      kind: 'approximate',
      page: 2,
      text: 'heard testimony from the harbour master',
    });
  });

  it('answers null for a PDF without a text layer, and says why on stderr', async () => {
    const scan = pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
      pdfStream('0 0 m 10 10 l S'),
    ]);
    const result = await runFactcheck(['locate', await write('scan.pdf', scan), '--exact', 'anything', '--json']);
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toEqual({ kind: null });
    expect(result.stderr).toContain('no text to search: scanned pages');
  });
});
