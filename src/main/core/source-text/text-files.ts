import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ERROR_CODES } from '../../../shared/errors';
import type { SourceText, SourceTextState } from '../../../shared/source-text';
import { writeFileDurable } from '../store/durable-write';
import { makePrivateDir } from '../store/private-files';
import type { ExtractedText } from './document-text';

/** What reading a file gave: its text, no text, or the refusal. */
export type TextOutcome = ExtractedText | { state: 'failed'; code: (typeof ERROR_CODES)[number]; message: string };

/**
 * Raised when what the readers produce changes (a better paragraph rule, a new pdf.js), so that
 * texts read before are read again instead of being kept as they were.
 */
export const TEXT_READER_VERSION = 1;

const span = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) });
const outcomeSchema = z.discriminatedUnion('state', [
  z.strictObject({
    state: z.literal('text'),
    text: z.string(),
    pages: z.array(span.extend({ page: z.number().int().min(1) })).optional(),
    paragraphs: z.array(span),
  }),
  z.strictObject({ state: z.literal('no-text'), reason: z.string() }),
  z.strictObject({ state: z.literal('failed'), code: z.enum(ERROR_CODES), message: z.string() }),
]);
const fileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  reader: z.number().int(),
  sha256: z.string(),
  outcome: outcomeSchema,
});

export function stateOf(outcome: TextOutcome): SourceTextState {
  if (outcome.state !== 'text') return outcome;
  return {
    state: 'text',
    chars: outcome.text.length,
    paragraphs: outcome.paragraphs.length,
    ...(outcome.pages ? { pages: outcome.pages.length } : {}),
  };
}

export function textOf(outcome: TextOutcome): SourceText | undefined {
  if (outcome.state !== 'text') return undefined;
  return { text: outcome.text, paragraphs: outcome.paragraphs, ...(outcome.pages ? { pages: outcome.pages } : {}) };
}

/**
 * The text read from each attached file, one JSON file per file in `attachments/text/`, named by
 * the file's SHA-256 like the file itself: a file attached to several sources is read once. It is
 * derived data, never synced or backed up: a missing, damaged or outdated one is simply read again
 * from the attachment (and overwritten).
 */
export class TextFiles {
  constructor(private readonly dataDir: string) {}

  private pathOf(sha256: string): string {
    return join(this.dataDir, 'attachments', 'text', `${sha256}.json`);
  }

  /** The stored outcome, or undefined when there is none worth keeping (missing, damaged, outdated). */
  async read(sha256: string): Promise<TextOutcome | undefined> {
    const raw = await readFile(this.pathOf(sha256), 'utf8').catch(() => undefined);
    if (raw === undefined) return undefined;
    try {
      const parsed = fileSchema.safeParse(JSON.parse(raw));
      if (!parsed.success || parsed.data.sha256 !== sha256 || parsed.data.reader !== TEXT_READER_VERSION)
        return undefined;
      return parsed.data.outcome;
    } catch {
      return undefined;
    }
  }

  async write(sha256: string, outcome: TextOutcome): Promise<void> {
    await makePrivateDir(join(this.dataDir, 'attachments'));
    await makePrivateDir(join(this.dataDir, 'attachments', 'text'));
    const file = { schemaVersion: 1, reader: TEXT_READER_VERSION, sha256, outcome };
    await writeFileDurable(this.pathOf(sha256), JSON.stringify(file));
  }
}
