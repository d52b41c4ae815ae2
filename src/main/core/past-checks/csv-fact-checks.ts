import { PAST_CHECK_LIMITS } from '../../../shared/past-checks';
import { AppError } from '../app-error';
import { dateField, FieldProblem, numberField, textField, webUrlField } from './clean-fields';
import type { FactCheckItem } from './claim-review-item';
import type { ItemSink } from './claim-review-json';
import { parseDelimited, sniffDelimiter } from './csv-table';

type Column =
  | 'claim'
  | 'rating'
  | 'url'
  | 'date'
  | 'claimDate'
  | 'claimant'
  | 'publisher'
  | 'ratingValue'
  | 'bestRating'
  | 'worstRating'
  | 'appearanceUrl'
  | 'appearanceTitle';

/** Header names each column is known by, compared in lower case without spaces or punctuation. */
const SYNONYMS: Record<Column, string[]> = {
  claim: ['claim', 'claimtext', 'claimreviewed', 'statement', 'quote', 'text'],
  rating: ['rating', 'verdict', 'ruling', 'alternatename', 'textualrating', 'ratinglabel', 'label', 'conclusion'],
  url: ['url', 'reviewurl', 'factcheckurl', 'link', 'address', 'articleurl', 'reviewlink'],
  date: ['date', 'reviewdate', 'datepublished', 'published', 'publicationdate', 'reviewed', 'factcheckdate'],
  claimDate: ['claimdate', 'dateofclaim', 'claimmade', 'claimdatepublished'],
  claimant: ['claimant', 'speaker', 'claimauthor', 'saidby', 'source', 'who'],
  publisher: ['publisher', 'factchecker', 'organization', 'organisation', 'outlet', 'site', 'author'],
  ratingValue: ['ratingvalue', 'score'],
  bestRating: ['bestrating', 'best'],
  worstRating: ['worstrating', 'worst'],
  appearanceUrl: ['appearanceurl', 'appearance', 'claimurl', 'firstappearance'],
  appearanceTitle: ['appearancetitle', 'appearanceheadline'],
};

const headerKey = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function columnsOf(header: string[]): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  header.forEach((name, at) => {
    const key = headerKey(name);
    const column = (Object.keys(SYNONYMS) as Column[]).find((c) => SYNONYMS[c].includes(key));
    if (column && columns[column] === undefined) columns[column] = at;
  });
  return columns;
}

function rowItem(fields: string[], columns: Partial<Record<Column, number>>, fileName: string): FactCheckItem {
  const cell = (column: Column): string | undefined => {
    const at = columns[column];
    return at === undefined ? undefined : fields[at];
  };
  const text = (column: Column, what: string, max: number = PAST_CHECK_LIMITS.fieldChars): string | undefined =>
    textField(cell(column), what, max);
  const claim = text('claim', 'claim text', PAST_CHECK_LIMITS.claimChars);
  if (!claim) throw new FieldProblem('it has no claim text');
  const value = numberField(cell('ratingValue'), 'rating value');
  const best = numberField(cell('bestRating'), 'best rating');
  const worst = numberField(cell('worstRating'), 'worst rating');
  const label = text('rating', 'rating', 200) ?? (value !== undefined ? String(value) : undefined);
  if (!label) throw new FieldProblem('it has no rating');
  const rawUrl = cell('url')?.trim();
  const url = webUrlField(rawUrl);
  if (!url) {
    throw new FieldProblem(
      rawUrl ? 'its address is not a web address starting with http:// or https://' : 'it has no address (url)',
    );
  }
  const appearanceUrl = webUrlField(cell('appearanceUrl')?.trim());
  const appearanceTitle = text('appearanceTitle', 'appearance title');
  const [claimant, publisher] = [text('claimant', 'claimant'), text('publisher', 'publisher')];
  const [reviewDate, claimDate] = [dateField(cell('date')), dateField(cell('claimDate'))];
  return {
    claim,
    ...(claimant ? { claimant } : {}),
    ...(appearanceUrl || appearanceTitle
      ? {
          appearance: {
            ...(appearanceUrl ? { url: appearanceUrl } : {}),
            ...(appearanceTitle ? { title: appearanceTitle } : {}),
          },
        }
      : {}),
    ...(claimDate ? { claimDate } : {}),
    ...(reviewDate ? { reviewDate } : {}),
    ...(publisher ? { publisher } : {}),
    url,
    rating: {
      label,
      ...(value !== undefined ? { value } : {}),
      ...(best !== undefined ? { best } : {}),
      ...(worst !== undefined ? { worst } : {}),
    },
    fileName,
  };
}

/**
 * Reads a CSV or TSV table of fact-checks with a header row naming its columns (claim, rating, url,
 * date, claimant, publisher, and their common synonyms). A row left out is named by the line it
 * starts on, the header being line 1.
 */
export function readFactCheckTable(text: string, sink: ItemSink): void {
  const rows = parseDelimited(text, sniffDelimiter(text, sink.fileName), sink.fileName);
  const header = rows.shift();
  const columns = columnsOf(header?.fields ?? []);
  const missing = (['claim', 'rating', 'url'] as const).filter((c) => columns[c] === undefined);
  if (columns.rating === undefined && columns.ratingValue !== undefined) missing.splice(missing.indexOf('rating'), 1);
  if (missing.length > 0) {
    throw new AppError(
      'CORRUPT_FILE',
      `${sink.fileName} has no ${missing.join(', ')} column in its header row, so nothing was imported. The first row must name the columns: claim, rating, url (and date, claimant, publisher if known).`,
    );
  }
  for (const { line, fields } of rows)
    sink.read(
      () => rowItem(fields, columns, sink.fileName),
      () => `Line ${line}`,
    );
}
