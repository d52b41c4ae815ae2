import { z } from 'zod';
import type { PastChecksApi } from './api-past-checks';
import { stripBidiControls } from './bidi';
import { LIMITS } from './limits';
import { isPartialDate } from './partial-date';
import { PAST_CHECK_LIMITS, PAST_CHECK_ORIGINS, SETTLED_STATUSES } from './past-checks';
import type { AllTrue, Equals, Flat } from './type-equality';

const oneLine = (): z.ZodString => z.string().overwrite(stripBidiControls).trim();
const fileName = oneLine().min(1).max(255);
// Generous here: the handler measures the decoded size and answers TOO_LARGE with the figures.
const dataBase64 = z.string().max(Math.ceil((LIMITS.importFileBytesMax * 4) / 3) + 4, 'file is too large');
const pastCheckId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/, 'is not a valid id');
const status = z.enum(SETTLED_STATUSES);
const label = oneLine().min(1, 'must not be empty').max(200);
const partialDate = z.string().trim().refine(isPartialDate, 'must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY)');
const upload = z.strictObject({ fileName, dataBase64 });

/** One input schema per archive method, joined into the contract's schema map. */
export const pastCheckSchemas = {
  'pastChecks.preview': upload,
  'pastChecks.import': upload,
  'pastChecks.list': z.strictObject({
    text: oneLine().max(LIMITS.searchChars).optional(),
    publisher: oneLine().max(PAST_CHECK_LIMITS.fieldChars).optional(),
    status: status.optional(),
    rating: oneLine().max(200).optional(),
    origin: z.enum(PAST_CHECK_ORIGINS).optional(),
    from: partialDate.optional(),
    to: partialDate.optional(),
    offset: z.number().int('must be a whole number').min(0, 'must not be negative').optional(),
    limit: z.number().int('must be a whole number').min(1).max(PAST_CHECK_LIMITS.pageSizeMax).optional(),
  }),
  'pastChecks.get': z.strictObject({ id: pastCheckId }),
  'pastChecks.delete': z.strictObject({ ids: z.array(pastCheckId).min(1, 'must name at least one item').max(10_000) }),
  'pastChecks.mapping': z.strictObject({}),
  'pastChecks.updateMapping': z.strictObject({
    set: z.array(z.strictObject({ label, status })).max(1000).optional(),
    reset: z.array(label).max(1000).optional(),
    fallback: status.optional(),
  }),
} satisfies Record<keyof PastChecksApi, z.ZodType>;

export type PastCheckSchemasMatchApi = AllTrue<{
  [M in keyof PastChecksApi]: Equals<Flat<z.output<(typeof pastCheckSchemas)[M]>>, Flat<PastChecksApi[M]['input']>>;
}>;
