import { describe, expect, it } from 'vitest';
import { normalizeText } from './text';

describe('normalizeText', () => {
  it('removes the BOM, unifies line ends, trailing spaces and blank-line runs', () => {
    expect(normalizeText('\uFEFF\r\n\r\nTitle  \r\rBody\u2028line\t\n\n\n\nEnd\n\n')).toBe(
      'Title\n\nBody\nline\n\nEnd',
    );
  });

  it('drops control characters but keeps tabs inside lines', () => {
    expect(normalizeText('a\u0000b\u0007c\td')).toBe('abc\td');
  });
});
