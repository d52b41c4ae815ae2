import { readFile, stat } from 'node:fs/promises';
import { UsageError } from './cli-io';

/** The first line of a file only its owner can read: a password never goes on the command line. */
export async function readSecretFile(file: string, posix = process.platform !== 'win32'): Promise<string> {
  let mode: number;
  try {
    mode = (await stat(file)).mode;
  } catch {
    throw new UsageError(`No such password file: ${file}`);
  }
  if (posix && (mode & 0o077) !== 0) {
    throw new UsageError(
      `${file} can be read or changed by other users (mode ${(mode & 0o777).toString(8)}); make it private with \`chmod 600 ${file}\` first.`,
    );
  }
  const line = (await readFile(file, 'utf8')).split(/\r?\n/)[0] ?? '';
  if (line === '') throw new UsageError(`${file} is empty; its first line must be the password.`);
  return line;
}

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = new Set(['\u007f', '\b']);

/** Reads one line from a terminal without showing it. */
function readHidden(stdin: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error): void => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer): void => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n' || char === CTRL_D) return finish();
        if (char === CTRL_C) return finish(new UsageError('Cancelled.'));
        typed = BACKSPACE.has(char) ? [...typed].slice(0, -1).join('') : typed + char;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** Reads piped input to its end and keeps the first line. */
async function readPiped(stdin: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** A password from stdin: typed at a prompt without echo, or piped in (`printf %s "$PW" | factcheck …`). */
export async function readSecretFromStdin(
  stdin: NodeJS.ReadStream | undefined,
  prompt: string,
  stderr: (line: string) => void,
): Promise<string> {
  if (!stdin) throw new UsageError('Give the password with --password-file F.');
  let secret: string;
  if (stdin.isTTY) {
    stderr(prompt);
    secret = await readHidden(stdin);
  } else {
    secret = await readPiped(stdin);
  }
  if (secret === '') throw new UsageError('No password was given.');
  return secret;
}
