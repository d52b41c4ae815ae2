import { readFile } from 'node:fs/promises';
import { LIMITS } from '../../shared/limits';
import { ANCHOR_LABELS, describeCarried } from '../../shared/labels';
import type { AnchorState, Comparison } from '../../shared/model';
import { compareTexts } from '../core/domain/compare/compare';
import { reanchorClaims, type Reanchored } from '../core/domain/reanchor';
import { importDraft } from '../core/import/import-draft';
import { parseCommand, readDraftFile, UsageError, type CliIo } from './cli-io';

/** Loaded only with --claims, so that a plain compare starts without zod. */
async function claimsFileSchema() {
  const { z } = await import('zod');
  return z.array(z.object({ id: z.string().min(1), start: z.number().int().min(0), end: z.number().int().min(0) }));
}

async function readClaims(path: string, oldText: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${path} is not readable JSON (${(error as Error).message}).`);
  }
  const parsed = (await claimsFileSchema()).safeParse(raw);
  if (!parsed.success) throw new UsageError(`${path} must be an array of { "id", "start", "end" } objects.`);
  const context = LIMITS.anchorContextChars;
  return parsed.data.map(({ id, start, end }) => {
    if (start >= end || end > oldText.length) {
      throw new UsageError(
        `Claim ${id} (${start}–${end}) is not a span of OLD, which has ${oldText.length} characters.`,
      );
    }
    return {
      id,
      start,
      end,
      exact: oldText.slice(start, end),
      prefix: oldText.slice(Math.max(0, start - context), start),
      suffix: oldText.slice(end, end + context),
    };
  });
}

function summary(comparison: Comparison, claims: Reanchored[] | undefined, oldName: string, newName: string): string[] {
  const s = comparison.stats;
  const lines = [
    `${oldName} → ${newName}: ${(s.similarity * 100).toFixed(1)}% unchanged`,
    `  words: +${s.wordsAdded} −${s.wordsRemoved}; paragraphs: ${s.paragraphsAdded} added, ${s.paragraphsRemoved} removed, ${s.paragraphsMoved} moved, ${s.paragraphsChanged} changed`,
  ];
  const numbers = comparison.changes.flatMap((c) => c.numbers ?? []);
  if (numbers.length > 0) lines.push(`  numbers changed: ${numbers.map((n) => `${n.from} → ${n.to}`).join('; ')}`);
  if (claims) {
    const count = (state: AnchorState): number => claims.filter((c) => c.state === state).length;
    lines.push(
      `claims: ${describeCarried({ current: count('current'), moved: count('moved'), edited: count('edited'), orphaned: count('orphaned') })}`,
    );
    for (const c of claims.filter((x) => x.state !== 'current')) {
      const where = c.start === null ? '—' : `${c.start}–${c.end}`;
      lines.push(`  ${c.id}  ${ANCHOR_LABELS[c.state].padEnd(9)}  ${where}  (confidence ${c.confidence.toFixed(2)})`);
    }
  }
  return lines;
}

/** `factcheck compare OLD NEW [--claims CLAIMS.json] [--json]` */
export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'compare',
    args,
    { claims: { type: 'string' }, json: { type: 'boolean' } },
    2,
  );
  const usage = 'compare needs two files: factcheck compare OLD NEW';
  const oldFile = await readDraftFile(positionals[0], usage);
  const newFile = await readDraftFile(positionals[1], usage);
  const oldText = (await importDraft(oldFile.fileName, oldFile.bytes)).text;
  const newText = (await importDraft(newFile.fileName, newFile.bytes)).text;
  const claims = values.claims ? await readClaims(values.claims, oldText) : undefined;
  const comparison = compareTexts(oldText, newText);
  const carried = claims ? reanchorClaims(newText, comparison.changes, claims) : undefined;
  if (values.json) {
    io.stdout(JSON.stringify({ ...comparison, claims: carried ?? [] }, null, 2));
  } else {
    for (const line of summary(comparison, carried, oldFile.fileName, newFile.fileName)) io.stdout(line);
  }
  return 0;
}
