import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { LIMITS } from '../../shared/limits';
import { AppError } from '../core/app-error';
import type { MatchEntry } from '../core/matching/match-index';
import { UsageError } from './cli-io';

/** A past fact-check as an archive file gives it: the matcher's entry, and what is shown beside it. */
export interface ArchiveEntry extends MatchEntry {
  verdict?: string;
  url?: string;
}

export interface QueryLine {
  id: string;
  text: string;
}

async function readText(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new UsageError(`No such file: ${path}`);
  }
  if (size > LIMITS.importFileBytesMax) {
    throw new AppError('TOO_LARGE', `${path} is larger than ${LIMITS.importFileBytesMax / 1024 / 1024} MB.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path)).replace(/^\uFEFF/, '');
  } catch {
    throw new AppError('ENCODING', `${path} is not UTF-8 text.`);
  }
}

/** A TSV field as spreadsheets write it: "a ""quoted"" word" is a "quoted" word. */
function unquote(field: string): string {
  const trimmed = field.trim();
  return /^".*"$/s.test(trimmed) ? trimmed.slice(1, -1).replaceAll('""', '"') : trimmed;
}

/** The rows of a TSV file after its header line, with their line numbers; blank lines are skipped. */
function tsvRows(path: string, text: string, columns: number): { line: number; fields: string[] }[] {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.split('\t') ?? [];
  if (header.length < columns) {
    throw new AppError('CORRUPT_FILE', `${path} needs a header line with at least ${columns} tab-separated columns.`);
  }
  return lines
    .map((line, i) => ({ line: i + 1, fields: line.split('\t').map(unquote) }))
    .slice(1)
    .filter(({ fields }) => fields.some((f) => f !== ''));
}

const optionalString = (value: unknown): value is string | undefined =>
  value === undefined || typeof value === 'string';

function jsonLines(path: string, text: string): ArchiveEntry[] {
  const entries: ArchiveEntry[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new AppError('CORRUPT_FILE', `${path}, line ${i + 1}, is not JSON.`);
    }
    const r = row as Record<string, unknown>;
    const ok =
      typeof row === 'object' &&
      row !== null &&
      !Array.isArray(row) &&
      typeof r.text === 'string' &&
      (typeof r.id === 'string' || typeof r.id === 'number') &&
      optionalString(r.title) &&
      optionalString(r.verdict) &&
      optionalString(r.url);
    if (!ok) {
      throw new AppError(
        'CORRUPT_FILE',
        `${path}, line ${i + 1}, needs an "id" and a "text" (and text for "title", "verdict", "url").`,
      );
    }
    const { title, verdict, url } = r as { title?: string; verdict?: string; url?: string };
    entries.push({
      id: String(r.id),
      text: r.text as string,
      ...(title ? { title } : {}),
      ...(verdict ? { verdict } : {}),
      ...(url ? { url } : {}),
    });
  });
  return entries;
}

/**
 * Reads an archive of past fact-checks: JSON Lines (`{ "id", "text", "title"?, "verdict"?, "url"? }`)
 * or TSV (a header; id, claim, and optionally title). ClaimReview files (.json, .jsonld) are the
 * archive import's to parse: they are answered with a refusal until that parser is wired here.
 */
export async function readArchive(path: string): Promise<ArchiveEntry[]> {
  const extension = extname(path).toLowerCase();
  if (extension === '.json' || extension === '.jsonld') {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `${path}: ClaimReview files are not matched from the command line yet; give a .jsonl or .tsv archive.`,
    );
  }
  if (extension !== '.jsonl' && extension !== '.tsv') {
    throw new AppError('UNSUPPORTED_FILE', `${path}: an archive must be a .jsonl or .tsv file.`);
  }
  const text = await readText(path);
  if (extension === '.jsonl') return jsonLines(path, text);
  return tsvRows(path, text, 2).map(({ line, fields: [id, claim, title] }) => {
    if (!id || !claim) throw new AppError('CORRUPT_FILE', `${path}, line ${line}, needs an id and a claim.`);
    return title ? { id, text: claim, title } : { id, text: claim };
  });
}

/** Reads the claims to match: .txt, one a line (ids are line numbers from 1), or TSV `id<TAB>text`. */
export async function readQueries(path: string): Promise<QueryLine[]> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.txt' && extension !== '.tsv') {
    throw new AppError('UNSUPPORTED_FILE', `${path}: the claims to match must be a .txt or .tsv file.`);
  }
  const text = await readText(path);
  if (extension === '.txt') {
    return text
      .split(/\r?\n/)
      .map((line, i) => ({ id: String(i + 1), text: line.trim() }))
      .filter((q) => q.text !== '');
  }
  return tsvRows(path, text, 2).map(({ line, fields: [id, claim] }) => {
    if (!id || !claim) throw new AppError('CORRUPT_FILE', `${path}, line ${line}, needs an id and a claim.`);
    return { id, text: claim };
  });
}
