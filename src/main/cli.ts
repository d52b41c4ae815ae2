import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { ApiResult } from '../shared/errors';
import type { Article, ArticleSummary } from '../shared/model';
import { LIMITS } from '../shared/limits';
import { appPaths, type AppPaths } from './app-paths';
import { AppError } from './core/app-error';
import { resolveDataDir } from './core/data-dir';
import { openCore } from './core/open-core';
import { serve } from './serve';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: NodeJS.ProcessEnv;
  paths: AppPaths;
  /** Resolves when `serve` should stop (SIGINT/SIGTERM in the real process). */
  stopSignal: Promise<unknown>;
}

const USAGE = `Usage: factcheck <command> [options]

Commands:
  serve  [--data DIR] [--port N] [--token T]   serve the workbench on 127.0.0.1 (browser mode)
  import FILE [--data DIR] [--title T]          add a .txt or .md draft; prints the new article's id
  list   [--data DIR] [--json]                  list the articles

The data folder is --data DIR, else $FACTCHECK_DATA, else the platform's user data folder.`;

class UsageError extends Error {}

const COMMAND_OPTIONS = {
  serve: { data: { type: 'string' }, port: { type: 'string' }, token: { type: 'string' } },
  import: { data: { type: 'string' }, title: { type: 'string' } },
  list: { data: { type: 'string' }, json: { type: 'boolean' } },
} as const;
type Command = keyof typeof COMMAND_OPTIONS;

function unwrap<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value as T;
}

async function runServe(values: { data?: string; port?: string; token?: string }, io: CliIo): Promise<number> {
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  }
  const token = values.token ?? io.env.FACTCHECK_TOKEN;
  const dataDir = resolveDataDir(values.data, io.env);
  const serving = await serve({ dataDir, port, ...(token ? { token } : {}), ...io.paths });
  io.stdout(serving.host.url);
  io.stderr(`Fact-Check Workbench is serving ${dataDir} on 127.0.0.1:${serving.host.port}. Press Ctrl+C to stop.`);
  await io.stopSignal;
  await serving.stop();
  io.stderr('Stopped.');
  return 0;
}

async function runImport(
  file: string | undefined,
  values: { data?: string; title?: string },
  io: CliIo,
): Promise<number> {
  if (!file) throw new UsageError('import needs a file: factcheck import FILE');
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new UsageError(`No such file: ${file}`);
  }
  if (size > LIMITS.importFileBytes) {
    throw new AppError('TOO_LARGE', `${file} is larger than ${LIMITS.importFileBytes / 1024 / 1024} MB.`);
  }
  const core = await openCore({ dataDir: resolveDataDir(values.data, io.env), samplesDir: io.paths.samplesDir });
  try {
    const data = await readFile(file);
    const article = unwrap<Article>(
      await core.dispatch('articles.import', {
        fileName: basename(file),
        dataBase64: data.toString('base64'),
        ...(values.title ? { title: values.title } : {}),
      }),
    );
    io.stdout(article.id);
    return 0;
  } finally {
    await core.close();
  }
}

async function runList(values: { data?: string; json?: boolean }, io: CliIo): Promise<number> {
  // Listing only reads library.json, so it does not need the writer's lock.
  const core = await openCore({
    dataDir: resolveDataDir(values.data, io.env),
    samplesDir: io.paths.samplesDir,
    lock: false,
  });
  const articles = unwrap<ArticleSummary[]>(await core.dispatch('articles.list', {}));
  await core.close();
  if (values.json) {
    io.stdout(JSON.stringify(articles, null, 2));
  } else if (articles.length === 0) {
    io.stdout('No articles yet. Add one with: factcheck import FILE');
  } else {
    io.stdout(['ID'.padEnd(14), 'CLAIMS', 'VERIFIED', 'TITLE'].join('  '));
    for (const a of articles) {
      io.stdout(
        [a.id.padEnd(14), String(a.claimCount).padStart(6), String(a.verifiedCount).padStart(8), a.title].join('  '),
      );
    }
  }
  return 0;
}

function parseOrExplain<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'Bad option.');
  }
}

function noExtra(positionals: string[], allowed: number, command: string): void {
  if (positionals.length > allowed)
    throw new UsageError(`Unexpected argument "${positionals[allowed]}" for ${command}.`);
}

/** Runs one `factcheck` command; returns the exit code. Usage errors exit 2, failures 1. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  try {
    if (!Object.hasOwn(COMMAND_OPTIONS, command)) {
      throw new UsageError(`Unknown command "${command}". Run factcheck --help for the list.`);
    }
    const args = [...rest];
    switch (command as Command) {
      case 'serve': {
        const { values, positionals } = parseOrExplain(() =>
          parseArgs({ args, options: COMMAND_OPTIONS.serve, allowPositionals: true }),
        );
        noExtra(positionals, 0, command);
        return await runServe(values, io);
      }
      case 'import': {
        const { values, positionals } = parseOrExplain(() =>
          parseArgs({ args, options: COMMAND_OPTIONS.import, allowPositionals: true }),
        );
        noExtra(positionals, 1, command);
        return await runImport(positionals[0], values, io);
      }
      case 'list': {
        const { values, positionals } = parseOrExplain(() =>
          parseArgs({ args, options: COMMAND_OPTIONS.list, allowPositionals: true }),
        );
        noExtra(positionals, 0, command);
        return await runList(values, io);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`factcheck: ${error.message}`);
      return 2;
    }
    const code = error instanceof AppError ? `${error.code}: ` : '';
    io.stderr(`factcheck: ${code}${(error as Error).message}`);
    return 1;
  }
}

/** Entry for bin/factcheck.js. */
export async function main(): Promise<void> {
  const stopSignal = new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const code = await runCli(process.argv.slice(2), {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    paths: appPaths(),
    stopSignal,
  });
  process.exitCode = code;
  if (code !== 0 || process.argv[2] === 'serve') process.exit(code);
}
