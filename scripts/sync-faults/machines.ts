import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/shared/model';
import { startServe, type DeskAccount, type Serving } from '../../src/main/sync-tests/processes';

export async function folder(name: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `factcheck-faults-${name}-`));
}

/** A machine of the desk: `factcheck serve --sync` on its own data folder, started again after a kill. */
export class Machine {
  serving: Serving | undefined;

  constructor(
    readonly name: string,
    readonly dir: string,
    private account: DeskAccount,
  ) {}

  async start(account = this.account): Promise<Serving> {
    this.account = account;
    this.serving = await startServe(this.dir, { sync: account.desk, user: account.user, password: account.password });
    this.last = this.serving;
    return this.serving;
  }

  get api(): Serving {
    if (!this.serving) throw new Error(`${this.name} is not running`);
    return this.serving;
  }

  /** What the last process of this machine wrote on stderr (kept after it ended). */
  get lastOutput(): string {
    return this.last?.output() ?? '';
  }

  private last: Serving | undefined;

  async kill(): Promise<void> {
    this.last = this.serving ?? this.last;
    await this.serving?.kill();
    this.serving = undefined;
  }

  async stop(): Promise<void> {
    this.last = this.serving ?? this.last;
    await this.serving?.stop();
    this.serving = undefined;
  }

  /** Every article of the machine's library, read through its API. */
  async articles(): Promise<Map<string, Article>> {
    const out = new Map<string, Article>();
    for (const summary of await this.api.call('articles.list', {}))
      out.set(summary.id, await this.api.call('articles.get', { id: summary.id }));
    return out;
  }
}

/** Polls `check` until it returns an empty list of problems; the last list when time is up. */
export async function settle(check: () => Promise<string[]>, ms: number): Promise<string[]> {
  const until = Date.now() + ms;
  for (;;) {
    const problems = await check().catch((error: Error) => [error.message]);
    if (problems.length === 0 || Date.now() > until) return problems;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
