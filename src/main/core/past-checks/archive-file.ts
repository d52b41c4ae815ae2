import { z } from 'zod';
import { SETTLED_STATUSES, type StoredPastCheck } from '../../../shared/past-checks';
import type { AllTrue, Equals } from '../../../shared/type-equality';
import type { StoredRatingMapping } from './rating-map';

/** The archive's file (PAST_CHECKS_FILE, beside library.json); backups copy it with the rest. */
export const PAST_CHECKS_SCHEMA_VERSION = 1;

export interface PastChecksFile {
  schemaVersion: number;
  /** Imported fact-checks only: the desk's own are read from the articles. */
  items: StoredPastCheck[];
  mapping: StoredRatingMapping;
}

const status = z.enum(SETTLED_STATUSES);
const storedPastCheckSchema = z.strictObject({
  id: z.string().min(1),
  claim: z.string().min(1),
  claimant: z.string().optional(),
  appearance: z.strictObject({ url: z.string().optional(), title: z.string().optional() }).optional(),
  claimDate: z.string().optional(),
  reviewDate: z.string().optional(),
  publisher: z.string().optional(),
  url: z.string().optional(),
  identifier: z.string().optional(),
  rating: z.strictObject({
    label: z.string().min(1),
    value: z.number().optional(),
    best: z.number().optional(),
    worst: z.number().optional(),
  }),
  importedAt: z.string(),
  fileName: z.string(),
});

export const pastChecksFileSchema = z.strictObject({
  schemaVersion: z.number().int(),
  items: z.array(storedPastCheckSchema),
  mapping: z.strictObject({
    labels: z.array(z.strictObject({ label: z.string().min(1), status })),
    fallback: status,
  }),
});

/** The stored shape has one definition: the schema must equal the types exactly. */
export type PastChecksFileSchemaMatches = AllTrue<{
  item: Equals<z.output<typeof storedPastCheckSchema>, StoredPastCheck>;
  file: Equals<z.output<typeof pastChecksFileSchema>, PastChecksFile>;
}>;
