/**
 * The sync service's work, one group at a time (an article, the library, what arrived from the
 * hub): a group changed many times while waiting is done once. Never in the store's write path.
 */
export class WorkQueue {
  private readonly waiting = new Set<string>();
  private running: Promise<void> | undefined;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly idlers: (() => void)[] = [];
  private stopped = false;

  constructor(
    private readonly work: (key: string) => Promise<boolean>,
    /** Starts the drain outside any caller's context (changes from it carry no client's name). */
    private readonly detach: (start: () => Promise<void>) => Promise<void>,
    private readonly onDrained: () => void,
    private readonly debounceMs = 20,
  ) {}

  get size(): number {
    return this.waiting.size + this.timers.size + (this.running ? 1 : 0);
  }

  add(key: string): void {
    if (this.stopped) return;
    this.waiting.add(key);
    this.kick();
  }

  /** Again in a moment: the group could not be finished now (the file changed meanwhile). */
  later(key: string, ms = 200): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.add(key);
    }, ms);
    this.timers.add(timer);
  }

  /** Resolves once nothing is waiting or running. */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idlers.push(resolve));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.waiting.clear();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.running;
    this.wakeIdlers();
  }

  private kick(): void {
    if (this.running) return;
    this.running = this.detach(() => this.drain()).finally(() => {
      this.running = undefined;
      if (this.waiting.size && !this.stopped) this.kick();
      else {
        this.onDrained();
        if (this.size === 0) this.wakeIdlers();
      }
    });
  }

  private async drain(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.debounceMs));
    while (this.waiting.size && !this.stopped) {
      const key = this.waiting.values().next().value as string;
      this.waiting.delete(key);
      if (!(await this.work(key))) this.later(key);
    }
  }

  private wakeIdlers(): void {
    for (const resolve of this.idlers.splice(0)) resolve();
  }
}
