import { describe, expect, it } from 'vitest';
import { csvCell } from './render-text-formats';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1-555', `"'+1-555"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\r=1', `"'\r=1"`],
    ['＝1+1', `"'＝1+1"`],
    ['＋1', `"'＋1"`],
    ['－1', `"'－1"`],
    ['＠SUM(A1)', `"'＠SUM(A1)"`],
  ])('neutralizes a cell a spreadsheet could run: %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves ordinary text as it is, quoted', () => {
    expect(csvCell('The council voted 7-2 = a majority')).toBe('"The council voted 7-2 = a majority"');
    expect(csvCell('')).toBe('""');
  });
});
