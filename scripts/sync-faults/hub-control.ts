import { createDesk, startHubProcess, type DeskAccount, type Running } from '../../src/main/sync-tests/processes';

/** `factcheck hub` as its own process, killed, stopped and started again on the same port and data. */
export class HubControl {
  private running: Running | undefined;
  private port = 0;

  constructor(readonly dir: string) {}

  async start(): Promise<void> {
    this.running = await startHubProcess(this.dir, this.port);
    this.port = Number(new URL(this.running.url).port);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  createDesk(user: string): Promise<DeskAccount> {
    return createDesk(this.url, this.dir, 'desk', user);
  }

  /** The hub's machine lost power. */
  async kill(): Promise<void> {
    await this.running?.kill();
    this.running = undefined;
  }

  /** The network went away: the hub stops (Ctrl+C), mid-replication if replication was going on. */
  async stop(): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
  }
}
