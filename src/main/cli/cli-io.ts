import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LIMITS } from '../../shared/limits';
import type { AppPaths } from '../app-paths';
import { AppError } from '../core/app-error';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: NodeJS.ProcessEnv;
  paths: AppPaths;
  /** Resolves when `serve` should stop (SIGINT/SIGTERM in the real process). */
  stopSignal: Promise<unknown>;
  /** Where a password typed or piped in comes from (the process's stdin). */
  stdin?: NodeJS.ReadStream;
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommand<T extends Options>(name: string, args: string[], options: T, maxPositionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'Bad option.');
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`Unexpected argument "${parsed.positionals[maxPositionals]}" for ${name}.`);
  }
  return parsed;
}

/** Reads a draft file named on the command line, checking that it exists and is not too large first. */
export async function readDraftFile(
  file: string | undefined,
  what: string,
): Promise<{ fileName: string; bytes: Buffer }> {
  if (!file) throw new UsageError(`${what} is missing.`);
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new UsageError(`No such file: ${file}`);
  }
  if (size > LIMITS.importFileBytesMax) {
    throw new AppError('TOO_LARGE', `${file} is larger than ${LIMITS.importFileBytesMax / 1024 / 1024} MB.`);
  }
  return { fileName: basename(file), bytes: await readFile(file) };
}
