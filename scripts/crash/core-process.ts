import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ParentMessage } from './protocol';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One life of the core in a child process, from start to SIGKILL (or a proper close). */
export class CoreProcess {
  readonly ready: Promise<boolean>;
  readonly exited: Promise<Exit>;
  /** What the child wrote to stderr (the core logs failures there). */
  readonly stderr: string[] = [];
  fatal: string | undefined;
  /** The core has opened the data folder (and said so). */
  isOpen = false;
  private readonly child: ChildProcess;
  private onResult: (message: Extract<ChildMessage, { type: 'result' }>) => void = () => undefined;

  constructor(dataDir: string) {
    this.child = fork(CHILD, [dataDir], { execArgv: ['--import', TSX], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => this.stderr.push(chunk));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    this.ready = new Promise((resolve) => {
      this.child.on('message', (message: ChildMessage) => {
        if (message.type === 'ready') {
          this.isOpen = true;
          resolve(true);
        } else if (message.type === 'fatal') this.fatal = message.message;
        else this.onResult(message);
      });
      void this.exited.then(() => resolve(false));
    });
  }

  results(handler: (message: Extract<ChildMessage, { type: 'result' }>) => void): void {
    this.onResult = handler;
  }

  send(message: ParentMessage): void {
    if (this.child.connected) this.child.send(message);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
