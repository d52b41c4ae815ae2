import { z } from 'zod';
import { LIMITS } from './limits';

/** The input schemas of SourceTextApi (joined into `inputSchemas`). */
export const sourceTextSchemas = {
  'sources.findText': z.strictObject({
    query: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(LIMITS.searchChars, `must be at most ${LIMITS.searchChars} characters`),
    limit: z.number().int().min(1).max(LIMITS.searchResults).optional(),
  }),
  'sources.textStatus': z.strictObject({}),
};
