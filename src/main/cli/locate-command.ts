import { readFile } from 'node:fs/promises';
import type { LocateResult } from '../../shared/locate';
import { AppError } from '../core/app-error';
import { decodeText } from '../core/import/decode-text';
import { readDocumentText } from '../core/locate/document-text';
import { buildLocatorIndex, locateIn } from '../core/locate/locate';
import { spanIndexAt } from '../../shared/text-shape';
import { parseCommand, UsageError, type CliIo } from './cli-io';

const HOW = 'factcheck locate FILE (--exact TEXT | --exact-file F) [--prefix P] [--suffix S] [--json]';

/** The excerpt from --exact, or from the file --exact-file names (UTF-8 or UTF-16 with a BOM). */
async function excerptFrom(values: { exact?: string; 'exact-file'?: string }): Promise<string> {
  const { exact, 'exact-file': file } = values;
  if (exact !== undefined && file !== undefined) {
    throw new UsageError('Give the excerpt once: --exact TEXT or --exact-file F, not both.');
  }
  if (exact !== undefined) return exact;
  if (file === undefined) throw new UsageError(`locate needs the excerpt to look for: ${HOW}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new AppError('NOT_FOUND', `There is no file ${file} to read the excerpt from.`);
  }
  return decodeText(bytes, file).replace(/\r\n/g, '\n');
}

/** Shows a passage on one line: its line breaks and runs of spaces as single spaces. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

function describe(result: LocateResult): string[] {
  if (result.kind === null) return ['Not found: no passage of the document is close enough to the excerpt.'];
  const where = [
    result.page !== undefined ? `page ${result.page}` : '',
    result.paragraph !== undefined ? `paragraph ${result.paragraph}` : '',
  ].filter(Boolean);
  const place = `characters ${result.start}–${result.end}${where.length ? ` (${where.join(', ')})` : ''}`;
  const head =
    result.kind === 'exact'
      ? `Exact match at ${place}.`
      : `Approximate match at ${place}, score ${result.score.toFixed(2)}:`;
  return [head, `  ${oneLine(result.text)}`];
}

/** `factcheck locate FILE (--exact TEXT | --exact-file F) [--prefix P] [--suffix S] [--json]` */
export async function locateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'locate',
    args,
    {
      exact: { type: 'string' },
      'exact-file': { type: 'string' },
      prefix: { type: 'string' },
      suffix: { type: 'string' },
      json: { type: 'boolean' },
    },
    1,
  );
  const file = positionals[0];
  if (file === undefined) throw new UsageError(`locate needs a file and the excerpt to look for: ${HOW}`);
  const excerpt = await excerptFrom(values);
  const document = await readDocumentText(file);
  if (document.noText) io.stderr(`${file}: no text to search: ${document.noText}.`);
  const found = locateIn(buildLocatorIndex(document.text), excerpt, { prefix: values.prefix, suffix: values.suffix });
  const result: LocateResult =
    found.kind === null
      ? found
      : {
          ...found,
          score: Math.round(found.score * 1000) / 1000,
          // Pages and paragraphs count from 1, in order; a passage is never before the first.
          ...(document.pages ? { page: Math.max(0, spanIndexAt(document.pages, found.start)) + 1 } : {}),
          ...(document.paragraphs.length > 0
            ? { paragraph: Math.max(0, spanIndexAt(document.paragraphs, found.start)) + 1 }
            : {}),
        };
  if (values.json) io.stdout(JSON.stringify(result, null, 2));
  else for (const line of describe(result)) io.stdout(line);
  return 0;
}
