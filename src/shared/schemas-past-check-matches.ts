import { z } from 'zod';
import { PAST_MATCH_TOP, type PastCheckMatchesApi } from './api-past-check-matches';
import { LIMITS } from './limits';
import type { AllTrue, Equals, Flat } from './type-equality';

const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/, 'is not a valid id');
const pastCheckId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/, 'is not a valid id');
const top = z.number().int('must be a whole number').min(1, 'must be 1 or more').max(PAST_MATCH_TOP.max).optional();
const note = z.string().max(LIMITS.notesChars).optional();

/** One input schema per matching method, joined into the contract's schema map. */
export const pastCheckMatchSchemas = {
  'claims.pastMatches': z.strictObject({ claimId: id, top }),
  'articles.pastMatchCounts': z.strictObject({ articleId: id }),
  'pastChecks.matchText': z.strictObject({
    text: z.string().trim().min(1, 'must not be empty').max(LIMITS.notesChars),
    top,
  }),
  'claims.confirmMatch': z.strictObject({ claimId: id, pastCheckId, note }),
  'claims.rejectMatch': z.strictObject({ claimId: id, pastCheckId, note }),
} satisfies Record<keyof PastCheckMatchesApi, z.ZodType>;

export type PastCheckMatchSchemasMatchApi = AllTrue<{
  [M in keyof PastCheckMatchesApi]: Equals<
    Flat<z.output<(typeof pastCheckMatchSchemas)[M]>>,
    Flat<PastCheckMatchesApi[M]['input']>
  >;
}>;
