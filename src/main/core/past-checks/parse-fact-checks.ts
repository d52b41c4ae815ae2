import { LIMITS } from '../../../shared/limits';
import { PAST_CHECK_LIMITS, type ParsedFactChecks } from '../../../shared/past-checks';
import { AppError } from '../app-error';
import { decodeText } from '../import/decode-text';
import { jsonShapeProblem } from '../json-shape';
import { collectClaimReviews, ItemSink } from './claim-review-json';
import { readFactCheckTable } from './csv-fact-checks';
import { ldJsonBlocks } from './ld-json-blocks';

export type FactCheckFormat = 'json' | 'html' | 'table';

const MB = 1024 * 1024;

/** The format a file is read as: by its extension, else by its first character. */
export function factCheckFormat(fileName: string, text: string): FactCheckFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'jsonld') return 'json';
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'csv' || extension === 'tsv') return 'table';
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return 'json';
  if (start === '<') return 'html';
  throw new AppError(
    'UNSUPPORTED_FILE',
    `${fileName} is not a file of fact-checks the workbench reads: ClaimReview JSON-LD (.json, .jsonld), a saved web page (.html) or a table (.csv, .tsv).`,
  );
}

/** JSON text, with the limits on its shape checked before it is parsed. */
function parseJson(text: string, what: string): unknown {
  const shape = jsonShapeProblem(text);
  if (shape) throw new AppError('TOO_LARGE', `${what} cannot be read: ${shape}.`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError(
      'CORRUPT_FILE',
      `${what} is not valid JSON (${(error as Error).message}); it may be cut short. Nothing was imported.`,
    );
  }
}

function readHtml(html: string, sink: ItemSink): void {
  const blocks = ldJsonBlocks(html);
  blocks.forEach((block, at) => {
    const what = `The page's JSON-LD block ${at + 1} of ${blocks.length}`;
    let value: unknown;
    try {
      value = parseJson(block, what);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return sink.problem(undefined, error.message.replace(' Nothing was imported.', ' It was left out.'));
    }
    collectClaimReviews(value, sink);
  });
}

/**
 * Reads a file of past fact-checks: schema.org ClaimReview JSON-LD (one object, a list, a `@graph`,
 * a ClaimReview feed with `dataFeedElement`), a saved page's JSON-LD blocks, or a CSV/TSV table.
 * Returns the good items and, for the rest, what was wrong with each. Throws AppError, storing
 * nothing anywhere, when the file as a whole cannot be read (too large, not text, not valid JSON).
 */
export function parseFactChecks(
  bytes: Uint8Array,
  fileName: string,
  options: { maxBytes?: number; maxItems?: number } = {},
): ParsedFactChecks {
  const maxBytes = options.maxBytes ?? LIMITS.importFileBytes;
  if (bytes.length > maxBytes) {
    throw new AppError(
      'TOO_LARGE',
      `${fileName} is ${(bytes.length / MB).toFixed(1)} MB; files of fact-checks up to ${Math.round(maxBytes / MB)} MB can be imported (Settings can change the limit).`,
    );
  }
  const text = decodeText(bytes, fileName);
  const sink = new ItemSink(fileName, options.maxItems ?? PAST_CHECK_LIMITS.itemsPerFile);
  const format = factCheckFormat(fileName, text);
  if (format === 'json') collectClaimReviews(parseJson(text, fileName), sink);
  else if (format === 'html') readHtml(text, sink);
  else readFactCheckTable(text, sink);
  return { items: sink.items, problems: sink.problems };
}
