import { draftFormatList } from '../shared/import-formats';
import { appPaths } from './app-paths';
import { AppError } from './core/app-error';
import { UsageError, type CliIo } from './cli/cli-io';

export type { CliIo } from './cli/cli-io';

const USAGE = `Usage: factcheck <command> [options]

Commands:
  serve   [--data DIR] [--port N] [--token-file F] [--sync URL [--sync-user U] [--sync-fingerprint F]]
                                                  serve the workbench on 127.0.0.1 (browser mode), syncing
  hub     [--data DIR] [--port N] [--host ADDR]   run the desk's sync hub; prints its URL (and fingerprint)
  hub user add NAME [--desk D]... | remove NAME | list  [--data DIR]
                                                  who may sign in to the hub, and to which desks
  sync    --remote URL [--user U] [--fingerprint F] [--data DIR] [--json]
                                                  one push-and-pull with the desk's hub; prints what moved
  import  FILE [--data DIR] [--title T]           add a ${draftFormatList()} draft; prints its id
  import-factchecks FILE [--data DIR] [--json]    add past fact-checks (ClaimReview, .html, .csv) to the archive
  version ARTICLE_ID FILE [--label L] [--data DIR] [--json]
                                                  add a new version of a draft; prints its number and the claims
  list    [--data DIR] [--json]                   list the articles
  compare OLD NEW [--claims CLAIMS.json] [--json] compare two versions of a draft and carry claims across
  suggest FILE [--json] [--all]                   the sentences worth checking, scored (--all: every sentence)
  match   ARCHIVE QUERIES [--top K] [--json]      the past fact-checks most like each claim (.jsonl/.tsv; .txt/.tsv)
  locate  FILE (--exact TEXT | --exact-file F) [--prefix P] [--suffix S] [--json]
                                                  find a quote in a .pdf, .docx, .html, .md or .txt source
  report  ARTICLE_ID --format html|pdf|md|csv|json|claimreview [--data DIR] [-o FILE]
                                                  export a fact-check report (to stdout without -o)
  settings get [KEY] [--data DIR] [--json]        print the settings, or one (KEY: e.g. claimReview.url)
  settings set KEY VALUE [--data DIR]             change one setting

The data folder is --data DIR, else $FACTCHECK_DATA, else the platform's user data folder.
The hub's password is read from $FACTCHECK_SYNC_PASSWORD ($FACTCHECK_SYNC_URL, _USER stand for --sync, --sync-user).`;

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Each command is loaded when it runs: `compare` needs neither the store, the HTTP host nor jsdom. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./cli/serve-command')).serveCommand,
  hub: async () => (await import('./cli/hub-command')).hubCommand,
  sync: async () => (await import('./cli/sync-command')).syncCommand,
  import: async () => (await import('./cli/import-command')).importCommand,
  'import-factchecks': async () => (await import('./cli/import-factchecks-command')).importFactChecksCommand,
  list: async () => (await import('./cli/list-command')).listCommand,
  compare: async () => (await import('./cli/compare-command')).compareCommand,
  report: async () => (await import('./cli/report-command')).reportCommand,
  suggest: async () => (await import('./cli/suggest-command')).suggestCommand,
  match: async () => (await import('./cli/match-command')).matchCommand,
  locate: async () => (await import('./cli/locate-command')).locateCommand,
  version: async () => (await import('./cli/version-command')).versionCommand,
  settings: async () => (await import('./cli/settings-command')).settingsCommand,
};

/** Runs one `factcheck` command; returns the exit code. Usage errors exit 2, failures 1. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  try {
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new UsageError(`Unknown command "${command}". Run factcheck --help for the list.`);
    return await (
      await load()
    )(rest, io);
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
  // Output piped into `head` and the like may close early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
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
    stdin: process.stdin,
  });
  process.exitCode = code;
  // Servers leave handles behind (LevelDB, keep-alive sockets) even once closed: end for sure.
  if (code !== 0 || process.argv[2] === 'serve' || process.argv[2] === 'hub') process.exit(code);
}
