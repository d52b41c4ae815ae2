import { describe, expect, it } from 'vitest';
import { isPartialDate } from './partial-date';

describe('isPartialDate', () => {
  it('takes a day, a month or a year that exists, or nothing', () => {
    for (const ok of ['2024-02-29', '2023-12', '1999', '']) expect(isPartialDate(ok), ok).toBe(true);
    for (const bad of ['2023-02-29', '2023-13', '2023-1-5', '12/05/2023', 'May 2023', '2023-00'])
      expect(isPartialDate(bad), bad).toBe(false);
  });
});
