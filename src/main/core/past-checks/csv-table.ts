import { AppError } from '../app-error';

/** The delimiter a header line uses most, outside quotes: tab, semicolon or comma. */
export function sniffDelimiter(text: string, fileName: string): string {
  if (/\.tsv$/i.test(fileName)) return '\t';
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = ['\t', ';', ','].map((d) => [d, header.replace(/"[^"]*"/g, '').split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/**
 * Splits delimited text into rows of fields as RFC 4180 reads them: quoted fields may hold the
 * delimiter, line breaks and doubled quotes. Each row carries the line it starts on, for messages.
 */
export function parseDelimited(
  text: string,
  delimiter: string,
  fileName: string,
): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRow = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      rowLine = ++line;
    } else field += char;
  }
  if (quoted) {
    throw new AppError(
      'CORRUPT_FILE',
      `${fileName} has a quoted field that starts on line ${quoteLine} and never ends, so nothing was imported.`,
    );
  }
  endRow();
  return rows;
}
