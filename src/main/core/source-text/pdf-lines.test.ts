import { describe, expect, it } from 'vitest';
import { paragraphsOfPage, type PdfRun } from './pdf-lines';

const run = (str: string, y: number, hasEOL = false, height = 12): PdfRun => ({ str, y, height, hasEOL });

describe('a page of text runs to paragraphs', () => {
  it('joins runs of a line and lines of a paragraph; a wide gap or a move up the page starts another', () => {
    const runs = [
      run('The committee ', 700),
      run('met', 700, true),
      run('on Tuesday.', 686, true),
      run('A new paragraph', 650, true),
      run('   ', 640, true),
      run('Second column', 700, true),
    ];
    expect(paragraphsOfPage(runs)).toEqual(['The committee met on Tuesday.', 'A new paragraph', 'Second column']);
  });

  it('returns nothing for a page without text', () => {
    expect(paragraphsOfPage([])).toEqual([]);
    expect(paragraphsOfPage([run(' ', 700, true)])).toEqual([]);
  });
});
