import { describe, expect, it } from 'vitest';
import { formatArticleCount, formatBytes } from './backup-format';

describe('backup sizes and counts', () => {
  it('reads as people say them', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KB');
    expect(formatBytes(15 * 1024 + 600)).toBe('16 KB');
    expect(formatBytes(3.25 * 1024 * 1024)).toBe('3.3 MB');
    expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
    expect(formatArticleCount(1)).toBe('1 article');
    expect(formatArticleCount(0)).toBe('0 articles');
  });
});
