import { describe, expect, it } from 'vitest';
import { tokenMatches } from './access-token';

describe('tokenMatches', () => {
  it('accepts exactly `Bearer <token>`', () => {
    expect(tokenMatches('Bearer s3cret', 's3cret')).toBe(true);
  });

  it('refuses a missing, empty, wrong, shorter, longer or differently written token', () => {
    for (const header of [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      'Bearer s3cre',
      'Bearer s3crett',
      'Bearer S3CRET',
      'Bearer  s3cret',
      'bearer s3cret',
      's3cret',
      'Basic czNjcmV0',
    ]) {
      expect(tokenMatches(header, 's3cret'), String(header)).toBe(false);
    }
  });

  it('never accepts anything when the expected token is empty', () => {
    expect(tokenMatches('Bearer ', '')).toBe(false);
    expect(tokenMatches(undefined, '')).toBe(false);
  });
});
