import { stripBidiControls } from '../../../shared/bidi';
import { isPartialDate } from '../../../shared/partial-date';
import { isWebUrl } from '../../../shared/urls';

/** Control characters and invisible formatting other than plain spaces: none belongs in a listed field. */
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** A field that is wrong, not merely missing: the item is left out with this sentence. */
export class FieldProblem extends Error {}

/**
 * Text from an untrusted file for a one-line field: direction controls and other invisible
 * characters removed (they would let it show something else than it is), spaces collapsed.
 * Numbers are read as their digits; anything else is a problem.
 */
export function textField(value: unknown, what: string, maxChars: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw new FieldProblem(`its ${what} is not text`);
  const text = stripBidiControls(value).replace(HIDDEN, ' ').replace(/\s+/g, ' ').trim();
  if (text.length > maxChars)
    throw new FieldProblem(`its ${what} is longer than ${maxChars.toLocaleString('en')} characters`);
  return text === '' ? undefined : text;
}

/** A web address (http or https) or nothing: other schemes are never kept, since the archive links them. */
export function webUrlField(value: unknown): string | undefined {
  return typeof value === 'string' && isWebUrl(value) ? value.trim() : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as YYYY-MM-DD (or YYYY-MM, YYYY): ISO dates and times keep their day as written; "5 March
 * 2024" and "March 5, 2024" are read too. Anything else is left out rather than guessed at.
 */
export function dateField(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[T ]\d)/.exec(text);
  if (iso) return isPartialDate(iso[1]!) ? iso[1] : undefined;
  const words = text.toLowerCase().replace(/,/g, ' ').split(/\s+/);
  const month = words.findIndex((w) => MONTHS.includes(w.slice(0, 3)) && /^[a-z]+\.?$/.test(w));
  const numbers = words.filter((w) => /^\d{1,4}$/.test(w));
  const year = numbers.find((n) => n.length === 4);
  const day = numbers.find((n) => n.length <= 2);
  if (month < 0 || !year || numbers.length > 2) return undefined;
  const monthNumber = String(MONTHS.indexOf(words[month]!.slice(0, 3)) + 1).padStart(2, '0');
  const date = day ? `${year}-${monthNumber}-${day.padStart(2, '0')}` : `${year}-${monthNumber}`;
  return isPartialDate(date) ? date : undefined;
}

/** A number given as a number or as digits in text ("4", "4.5"); anything else is not a number. */
export function numberField(value: unknown, what: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) throw new FieldProblem(`its ${what} is not a number`);
  return number;
}
