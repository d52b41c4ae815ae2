import { describe, expect, it } from 'vitest';
import { DRAFT_ACCEPT, DRAFT_EXTENSIONS, draftFormatList } from './import-formats';

describe('draft formats', () => {
  it('lists every format once, as a person reads it, and accepts every extension', () => {
    expect(draftFormatList()).toBe('.docx, .html, .md or .txt');
    expect(DRAFT_EXTENSIONS).toEqual(['.docx', '.html', '.htm', '.md', '.markdown', '.txt']);
    expect(DRAFT_ACCEPT.split(',')).toEqual(DRAFT_EXTENSIONS);
  });
});
